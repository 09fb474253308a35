namespace KgExport.Server.Reconciliation;

/// <summary>
/// One query of a batch: the name to look for, the types candidates must have (any of them), how many candidates to
/// return, and property values that refine the match (Reconciliation Service API 0.2 §4.2).
/// </summary>
internal sealed record ReconciliationQuery(string Key, string? Text, IReadOnlyList<string> Types, int Limit, IReadOnlyList<PropertyConstraint> Properties);

/// <summary>A property the candidate should have with one of the values: <c>{"pid": ..., "v": ...}</c>.</summary>
internal sealed record PropertyConstraint(string Pid, IReadOnlyList<PropertyValue> Values);

/// <summary>
/// A value to compare with a candidate's property: text (a string, number or boolean as written), or an entity a
/// client reconciled before (<c>{"id": ..., "name": ...}</c>).
/// </summary>
internal sealed record PropertyValue(string? Text, string? Id);
