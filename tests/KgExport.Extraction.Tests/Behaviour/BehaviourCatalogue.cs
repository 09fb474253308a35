namespace KgExport.Extraction.Tests.Behaviour;

/// <summary>Every phenomenon of the behavioural suite, and the deterministic cases each generates.</summary>
internal static class BehaviourCatalogue
{
    public static IReadOnlyList<Phenomenon> Phenomena { get; } =
    [
        .. RecognitionPhenomena.All(),
        .. WithdrawalPhenomena.All(),
        .. SeverancePhenomena.All(),
        .. EstablishmentPhenomena.All(),
        .. AnnexationPhenomena.All(),
        .. DatePhenomena.All(),
        .. NegativePhenomena.All(),
    ];

    public static Phenomenon Get(string name) => Phenomena.Single(p => p.Name == name);

    /// <summary>
    /// The phenomenon's cases: case i uses template i mod T and cycles through that template's date forms; the
    /// entities come from a generator seeded by the phenomenon's name, so one phenomenon's cases do not change when
    /// another is edited.
    /// </summary>
    public static IReadOnlyList<BehaviourCase> Cases(Phenomenon p)
    {
        var random = new Random(StableSeed(p.Name));
        var cases = new List<BehaviourCase>(p.Sentences);
        var count = p.Templates.Count;
        for (var i = 0; i < p.Sentences; i++)
        {
            var template = p.Templates[i % count];
            var forms = template.Dates.Forms();
            cases.Add(CaseBuilder.Build(p.Name, i % count, template, forms[i / count % forms.Count], random));
        }
        return cases;
    }

    /// <summary>FNV-1a over the name: <see cref="string.GetHashCode()"/> changes from run to run.</summary>
    private static int StableSeed(string name)
    {
        var hash = 2166136261u;
        foreach (var c in name)
        {
            hash ^= c;
            hash *= 16777619u;
        }
        return (int)(hash & 0x7fffffff);
    }
}
