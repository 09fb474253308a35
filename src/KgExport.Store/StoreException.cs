namespace KgExport.Store;

/// <summary>A store that cannot be opened or written: locked, damaged, not a store, or a failed disk write.</summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner);
