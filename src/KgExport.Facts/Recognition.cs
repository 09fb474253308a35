namespace KgExport.Facts;

/// <summary>What a recognition act is about: an entity as a state, or a government as the lawful government of its state.</summary>
public enum RecognitionOf
{
    State,
    Government,
}

/// <summary>Whether a recognition act grants recognition or withdraws an earlier one.</summary>
public enum RecognitionPolarity
{
    Grant,
    Withdrawal,
}

/// <summary>
/// The kind of a recognition act on its two independent axes: what is recognised (<see cref="Of"/>) and whether
/// recognition is granted or withdrawn (<see cref="Polarity"/>). In a facts file it is one <c>kind</c> value:
/// "state", "government", "withdrawal" (of a state's recognition: the spelling facts files had before governments
/// could be withdrawn from, kept so that they and the scorers that look for "withdraw" read on) or
/// "government-withdrawal"; "state-withdrawal" reads as "withdrawal".
/// </summary>
public readonly record struct RecognitionKind(RecognitionOf Of, RecognitionPolarity Polarity)
{
    public static readonly RecognitionKind State = new(RecognitionOf.State, RecognitionPolarity.Grant);
    public static readonly RecognitionKind Government = new(RecognitionOf.Government, RecognitionPolarity.Grant);
    public static readonly RecognitionKind StateWithdrawal = new(RecognitionOf.State, RecognitionPolarity.Withdrawal);
    public static readonly RecognitionKind GovernmentWithdrawal = new(RecognitionOf.Government, RecognitionPolarity.Withdrawal);

    /// <summary>A spelling of <see cref="StateWithdrawal"/> that reads but is not written.</summary>
    public const string StateWithdrawalAlias = "state-withdrawal";

    /// <summary>Every kind, in the order the spellings are listed to a user.</summary>
    public static IReadOnlyList<RecognitionKind> All { get; } = [State, Government, StateWithdrawal, GovernmentWithdrawal];

    public bool IsWithdrawal => Polarity == RecognitionPolarity.Withdrawal;

    /// <summary>The facts-file spelling: "state", "government", "withdrawal", "government-withdrawal".</summary>
    public string Name => (Of, Polarity) switch
    {
        (RecognitionOf.State, RecognitionPolarity.Grant) => "state",
        (RecognitionOf.Government, RecognitionPolarity.Grant) => "government",
        (RecognitionOf.State, _) => "withdrawal",
        _ => "government-withdrawal",
    };

    /// <summary>Reads a facts-file spelling, "state-withdrawal" included.</summary>
    public static bool TryParse(string name, out RecognitionKind kind)
    {
        if (name == StateWithdrawalAlias)
        {
            kind = StateWithdrawal;
            return true;
        }
        foreach (var k in All)
        {
            if (k.Name == name)
            {
                kind = k;
                return true;
            }
        }
        kind = State;
        return false;
    }

    public override string ToString() => Name;
}

/// <summary>One recogniser recognising one entity (a recognition of two entities is two facts).</summary>
/// <param name="Recognised">Entity id of what is recognised: a state or breakaway entity, or a government entity when
/// the act recognises that government ("the Taliban government"); a government kind naming a state means its
/// government, without saying which.</param>
/// <param name="Ordinal">The recogniser's place as the source states it ("the third nation"), within the group the source names; not a count of all recognisers.</param>
/// <param name="OrdinalScope">The group the ordinal counts in, in the source's word ("nation", "UN member"); given only with an ordinal.</param>
/// <param name="Instrument">How the recognition was made, e.g. "letters".</param>
/// <param name="AnnouncedBy">Entity id of the person or body that made or announced it.</param>
public sealed record Recognition(
    string Recogniser,
    string Recognised,
    RecognitionKind Kind,
    FactDate? Date,
    int? Ordinal = null,
    string? Instrument = null,
    string? AnnouncedBy = null,
    string? OrdinalScope = null) : Fact;
