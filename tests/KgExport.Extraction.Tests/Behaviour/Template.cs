namespace KgExport.Extraction.Tests.Behaviour;

/// <summary>
/// A sentence pattern and the facts it states by construction.
/// <para>Pattern syntax: <c>[a|b|]</c> picks one alternative; <c>{A}</c> names a role's entity, <c>{A:cap}</c> by its
/// capital, <c>{A:adj}</c> by its adjective, <c>{A:leader}</c> by a person known to act for it ("Putin"), <c>{A:name}</c> by its plain name (never an alias), <c>{A:quoted}</c> in
/// quotation marks (<c>{A:quotedbare}</c> without its "the", after "the so-called"); <c>{when}</c> is the date in one of the template's <see cref="DateSet"/> forms, <c>{when1}</c>..
/// <c>{when9}</c> are ascending dates written in full (a fact may also take <c>when+1</c>, the day after <c>{when}</c>);
/// <c>{person}</c> an invented person, <c>{title}</c> a state office, <c>{ord}</c> an ordinal
/// ("13th"), <c>{n}</c> a count.</para>
/// <para>Roles: A-H states; P, Q any state or breakaway entity; Y, Z a state or (more often) a breakaway entity
/// that is recognised; R, S a territory, breakaway entity or state that is annexed. Roles are distinct entities.</para>
/// </summary>
internal sealed record Template(string Pattern, DateSet Dates, IReadOnlyList<FactSpec> Facts)
{
    public override string ToString() => Pattern;
}
