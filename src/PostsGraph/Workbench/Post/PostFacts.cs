namespace PostsGraph.Workbench.Post;

// The selectable facts of a post, by the id its links carry: a header field's name as the API's
// evidence(field:) names it, annualNetPay, or a list and position (salaryComponents[0], duties[3],
// and education[1].appliesTo for whom a requirement applies to).
public static class PostFacts
{
    public static Dictionary<string, Fact> Of(PostProfile post)
    {
        var facts = new Dictionary<string, Fact>();
        foreach (var field in post.Evidence.GroupBy(e => e.Field ?? ""))
        {
            facts[field.Key] = new Fact(field.Key, Label(field.Key), [.. field]);
        }

        for (var i = 0; i < post.SalaryComponents.Count; i++)
        {
            var c = post.SalaryComponents[i];
            facts[$"salaryComponents[{i}]"] = new Fact($"salaryComponents[{i}]", c.Label, [c.Evidence]);
        }

        for (var i = 0; i < post.Identifiers.Count; i++)
        {
            var identifier = post.Identifiers[i];
            facts[$"identifiers[{i}]"] = new Fact($"identifiers[{i}]", $"{identifier.Label}: {identifier.Value}", [identifier.Evidence]);
        }

        if (post.AnnualNetPay is not null)
        {
            facts["annualNetPay"] = new Fact("annualNetPay", "Annual net pay, from the stated amounts", [.. post.SalaryComponents.Select(c => c.Evidence)]);
        }

        void Items(string list, IReadOnlyList<Item> items)
        {
            for (var i = 0; i < items.Count; i++)
            {
                facts[$"{list}[{i}]"] = new Fact($"{list}[{i}]", items[i].Text, [items[i].Evidence]);
                if (items[i].AppliesToEvidence is { } applies)
                {
                    facts[$"{list}[{i}].appliesTo"] = new Fact($"{list}[{i}].appliesTo", $"Applies to {Shared.Display.Words(items[i].AppliesTo)}: {items[i].Text}", [applies]);
                }
            }
        }

        Items("duties", post.Duties);
        Items("education", post.Education);
        Items("experience", post.Experience);
        Items("languages", post.Languages);
        Items("certifications", post.Certifications);
        Items("competencies", post.Competencies);
        Items("conditions", post.Conditions);
        return facts;
    }

    private static string Label(string field) => field switch
    {
        "dutyStation" => "Duty station",
        "appointmentType" => "Appointment",
        "durationMonths" => "Duration",
        "recruitmentOpenTo" => "Recruitment open to",
        "postedOn" => "Posted on",
        "reportsTo" => "Reports to",
        "vacancyNumber" => "Vacancy number",
        "positionNumber" => "Position number",
        _ => char.ToUpperInvariant(field[0]) + field[1..],
    };
}
