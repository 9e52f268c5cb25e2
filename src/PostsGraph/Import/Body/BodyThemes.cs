using System.Text.RegularExpressions;

namespace PostsGraph.Import.Body;

// Duty themes by keyword, the keywords taken from the taxonomy's own descriptions in
// docs/seed-format.md. A duty gets its best-scoring themes, most matches first.
internal static partial class BodyThemes
{
    // What a duty falls back to when no keyword matches: risk management is what every security post does.
    private const string Default = "RISK_ASSESSMENT";
    private const int MaxThemes = 3;

    private static readonly (string Theme, Regex Keywords)[] Rules =
    [
        ("PROTECTIVE_OPERATIONS", Protective()),
        ("RISK_ASSESSMENT", Risk()),
        ("CRISIS_AND_EMERGENCY_MANAGEMENT", Crisis()),
        ("POLICY_AND_STANDARDS", Policy()),
        ("TRAINING", Training()),
        ("LIAISON", Liaison()),
        ("TEAM_MANAGEMENT", Team()),
        ("BUDGET_AND_PROCUREMENT", Budget()),
        ("INFORMATION_SECURITY", Information()),
        ("TRAVEL_SECURITY", Travel()),
        ("COMPLIANCE", Compliance()),
        ("PHYSICAL_SECURITY", Physical()),
        ("ORGANISATIONAL_RESILIENCE", Resilience()),
        ("SECURITY_INFORMATION_AND_ANALYSIS", Analysis()),
        ("RESOURCE_MANAGEMENT", Resources()),
        ("GENDER_AND_INCLUSION", Gender()),
    ];

    public static (List<string> Themes, bool Defaulted) Classify(string? heading, string text)
    {
        // "Other duties as assigned" is its own theme, whatever else the sentence mentions.
        if (OtherDuties().IsMatch(text) && text.Length < 250)
        {
            return (["OTHER_DUTIES"], false);
        }

        var words = $"{heading} {text}";
        var scored = Rules
            .Select((rule, order) => (rule.Theme, Count: rule.Keywords.Matches(words).Count, order))
            .Where(r => r.Count > 0)
            .OrderByDescending(r => r.Count).ThenBy(r => r.order)
            .Take(MaxThemes)
            .Select(r => r.Theme)
            .ToList();
        return scored.Count > 0 ? (scored, false) : ([Default], true);
    }

    private const RegexOptions Options = RegexOptions.IgnoreCase;

    [GeneratedRegex(@"\b(?:close|personal)\s+protection|\bprotective\b|\bhigh-level\s+visits?\b|\bVIPs?\b|\bdignitar\w*|\bprotection\s+(?:tasks|response|teams?|details?|profiles?|operations|officers?|units?|capabilit\w*|of)\b", Options)]
    private static partial Regex Protective();

    [GeneratedRegex(@"\brisk\s+(?:assessments?|analys[ie]s|profiles?|management)|\bthreats?\b|\bmitigat\w*|\bvulnerabilit\w*|\bassess(?:es|ing|ments?)?\b|\bcountermeasures\b", Options)]
    private static partial Regex Risk();

    [GeneratedRegex(@"\bcrisis\b|\bcrises\b|\bemergenc\w*|\bevacuation\b|\brelocation\b|\bcontingenc\w*|\bincidents?\b|\bpreparedness\b", Options)]
    private static partial Regex Crisis();

    [GeneratedRegex(@"\bpolic(?:y|ies)\b|\bprocedures\b|\bdirectives\b|\bstandards\b|\bstrateg(?:y|ic)\b|\bguidelines\b|\bbest\s+practices\b|\bsecurity\s+plans?\b", Options)]
    private static partial Regex Policy();

    [GeneratedRegex(@"\btrain(?:s|ing)?\b|\bbriefings?\b|\bbrief\b|\bawareness\b|\bcoaching\b|\bworkshops?\b|\bcourses\b", Options)]
    private static partial Regex Training();

    [GeneratedRegex(@"\bliais\w*|\bliaison\b|\bcollaborat\w*|\brepresent(?:s|ation)?\b|\bcounterparts\b|\bstakeholders\b|\bhost\s+(?:state|country|government)|\bmember\s+states?\b|\bexternal\b|\bpartnerships?\b|\bcoordination\s+with\b|\bcoordinates\s+with\b", Options)]
    private static partial Regex Liaison();

    [GeneratedRegex(@"\bsupervis\w*|\bwork\s*plans?\b|\bperformance\b|\bthe\s+(?:work\s+of\s+the\s+)?(?:unit|division|section|team)\b|\bstaff\s+performance\b|\bfeedback\b|\blead(?:s|ing)?\s+the\b|\bmanage\s+and\s+coordinate\b|\bpriorities\b", Options)]
    private static partial Regex Team();

    [GeneratedRegex(@"\bbudget\w*|\bprocurement\w*|\bfinancial\b|\bfunding\b|\bexpenditure\b", Options)]
    private static partial Regex Budget();

    [GeneratedRegex(@"\binformation\s+security\b|\bclassified\b|\bconfidential\w*|\bcounter-surveillance\b|\binsider\b|\bcyber\w*|\bsensitive\b|\binformation\s+systems\b", Options)]
    private static partial Regex Information();

    [GeneratedRegex(@"\btravel\w*|\bmissions?\b|\bfield\s+(?:operations|missions|activit\w+|deployments?)|\bdeploy(?:s|ment)?\s+to\s+the\s+field\b|\bon\s+deployment\b", Options)]
    private static partial Regex Travel();

    [GeneratedRegex(@"\bcomplian\w*|\badherence\b|\baudits?\b|\bevaluat\w*|\blessons[-\s]learned\b|\bbenchmarks?\b", Options)]
    private static partial Regex Compliance();

    [GeneratedRegex(@"\bpremises\b|\bfacilit(?:y|ies)\b|\bphysical\s+security\b|\bevents\b|\bconferences?\b|\bcompounds?\b|\bbuildings?\b|\btechnological\s+(?:components|security)|\baccess\s+control\b|\bguards?\b|\bperimeter\b", Options)]
    private static partial Regex Physical();

    [GeneratedRegex(@"\bresilien\w*|\bcontinuity\b", Options)]
    private static partial Regex Resilience();

    [GeneratedRegex(@"\bmonitor(?:s|ing)?\s+(?:developments|the\s+situation)|\bincident\s+recording\b|\brecording\b|\breport(?:s|ing)?\s+on\b|\bregular\s+reporting\b|\bdatabases?\b|\bgather\w*\s+(?:information|data)|\bexchanging\s+information\b|\bsecurity\s+(?:information|matters|situation)\b|\banalysis\b|\binformation\b", Options)]
    private static partial Regex Analysis();

    [GeneratedRegex(@"\bresources?\b|\bequipment\b|\bweapons?\b|\bfirearms\b|\bammunition\b|\bstaffing\b|\brecruit\w*|\brosters?\b|\brostering\b|\breadiness\b|\bassets\b|\bdeployments?\b|\bcandidates\b", Options)]
    private static partial Regex Resources();

    [GeneratedRegex(@"\bgender\b|\binclusi\w*|\bdiversity\b|\bnon-discrimination\b", Options)]
    private static partial Regex Gender();

    [GeneratedRegex(@"\bother\b(?:\s+[\w-]+){0,4}?\s+(?:duties|assignments|tasks|functions)\b", Options)]
    private static partial Regex OtherDuties();
}
