namespace KgExport.Extraction.Tests.Behaviour;

/// <summary>
/// Invented people for officials' sentences: a common given name and a made-up surname, so no sentence is about
/// a real person. No part of a name is a place or state name the gazetteer knows (checked by a test).
/// </summary>
internal static class PersonNames
{
    public static readonly string[] Given =
    [
        "Anna", "Tomas", "Leila", "Marek", "Ines", "Kofi", "Mei", "Rafael", "Marta", "Dmitri", "Amina", "Pieter", "Nadia", "Carlos",
        "Yuki", "Olu", "Hanna", "Ravi", "Elena", "Jonas", "Farida", "Mateo", "Ingrid", "Samir", "Lucia", "Tariq", "Greta", "Emeka",
    ];

    public static readonly string[] Invented =
    [
        "Veltrane", "Oskarov", "Manduri", "Perelqa", "Toivanenko", "Abashvelo", "Qurendi", "Halvorsk", "Nkemberu", "Sarvendi",
        "Lindquor", "Castelvari", "Moravetz", "Ibaruna", "Tshalemo", "Korvalis", "Duranteq", "Ferhoven", "Wejimbo", "Stavrelli",
        "Olumeko", "Brandvik", "Yastrenko", "Gulamov", "Pentreath", "Ruzavar", "Emberlin", "Thandiso", "Vashkoro", "Quillane",
    ];

    /// <summary>Titles that name an office of a state; "of &lt;state&gt;" or a state adjective ties it to its state.</summary>
    public static readonly string[] StateTitles =
        ["President", "Prime Minister", "Foreign Minister", "Minister of Foreign Affairs", "Foreign Secretary", "Deputy Foreign Minister"];

    public static string Pick(Random random) => Given[random.Next(Given.Length)] + " " + Invented[random.Next(Invented.Length)];

    public static string PickTitle(Random random) => StateTitles[random.Next(StateTitles.Length)];
}
