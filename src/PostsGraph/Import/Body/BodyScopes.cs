using System.Text.RegularExpressions;

namespace PostsGraph.Import.Body;

// Experience scopes by keyword (best effort: a curator checks whether the notice requires the scope
// or only gives it as an example).
internal static partial class BodyScopes
{
    // Scopes the text requires: what follows "such as" or "e.g." is an example, not a requirement.
    public static List<string> Of(string text)
    {
        text = Examples().Split(text)[0];
        var scopes = new List<string>();
        Add(scopes, "INTERNATIONAL", International(), text);
        Add(scopes, "FIELD", Field(), text);
        Add(scopes, "MANAGERIAL", Managerial(), text);
        Add(scopes, "UN_SYSTEM", UnSystem(), text);
        Add(scopes, "CLOSE_PROTECTION", CloseProtection(), text);
        Add(scopes, "MILITARY_OR_POLICE", MilitaryOrPolice(), text);
        return scopes;
    }

    private static void Add(List<string> scopes, string scope, Regex pattern, string text)
    {
        if (pattern.IsMatch(text))
        {
            scopes.Add(scope);
        }
    }

    [GeneratedRegex(@"\bsuch\s+as\b|\be\.g\.|\bfor\s+(?:example|instance)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Examples();

    [GeneratedRegex(@"\binternational(?:ly)?\s+(?:level|experience|organi[sz]ations?|context|environment|assignments?)\b|\binternationally\b|\bseveral\s+(?:geographic\s+)?regions\b", RegexOptions.IgnoreCase)]
    private static partial Regex International();

    [GeneratedRegex(@"\bfield\s+(?:level|experience|missions?|operations|duty\s+stations?)\b|\bconflict\b|\bhostile\b|\bexposure\s+at\s+the\s+field\b", RegexOptions.IgnoreCase)]
    private static partial Regex Field();

    [GeneratedRegex(@"\bmanagerial\b|\bsupervis\w*|\bcommand\b|\bleadership\b|\bleading\s+roles?\b|\bmanaging\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:team|staff|unit)", RegexOptions.IgnoreCase)]
    private static partial Regex Managerial();

    [GeneratedRegex(@"\bUN\s+(?:common\s+)?system\b|\bUN\s+Security\s+Management\s+System\b|\bUnited\s+Nations\s+(?:common\s+)?system\b", RegexOptions.IgnoreCase)]
    private static partial Regex UnSystem();

    [GeneratedRegex(@"\bclose\s+protection\b|\bprotective\s+(?:operations|services|measures)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CloseProtection();

    [GeneratedRegex(@"\bmilitary,?\s+(?:or\s+)?police\b|\bpolice,?\s+(?:or\s+)?military\b", RegexOptions.IgnoreCase)]
    private static partial Regex MilitaryOrPolice();
}
