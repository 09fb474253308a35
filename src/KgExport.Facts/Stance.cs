namespace KgExport.Facts;

/// <summary>Whether an actor supports or opposes what it takes a stance on.</summary>
public enum StancePosition
{
    Endorse,
    Reject,
}

/// <summary>An actor endorsing or rejecting other facts (ids of recognitions, annexations, ...).</summary>
public sealed record Stance(string Actor, StancePosition Position, IReadOnlyList<string> Targets, FactDate? Date) : Fact;
