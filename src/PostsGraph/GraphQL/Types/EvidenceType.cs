using GraphQL.Types;
using PostsGraph.Data.Entities;

namespace PostsGraph.GraphQL.Types;

public sealed class EvidenceType : ObjectGraphType<Evidence>
{
    public EvidenceType()
    {
        Name = "Evidence";
        Description = "Where a fact comes from: an excerpt of the post's notice, or an external public source for a fact the notice does not state.";
        this.EvidenceFields();
    }
}

public sealed class FieldEvidenceType : ObjectGraphType<FieldEvidence>
{
    public FieldEvidenceType()
    {
        Name = "FieldEvidence";
        Description = "Evidence for one of a post's own facts, named by the Post field it supports.";
        Field(e => e.Field).Description("The Post field this evidence supports: title, organisation, unit, vacancyNumber, positionNumber, grade, dutyStation, appointmentType, durationMonths, recruitmentOpenTo, postedOn, deadline or reportsTo. A unit chain has one entry per level.");
        // Stored with the evidence, so that posts can be filtered by where their facts come from.
        Field(e => e.Kind).Description(EvidenceFieldExtensions.KindDescription);
        this.EvidenceFields(e => e.Evidence, withKind: false);
    }
}

public static class EvidenceFieldExtensions
{
    public static void EvidenceFields(this ObjectGraphType<Evidence> type) => type.EvidenceFields(e => e);

    public const string KindDescription = "NOTICE_QUOTE: the notice states it (quote, start, end). EXTERNAL_SOURCE: a public listing of the same vacancy states it (sourceUrl, note).";

    public static void EvidenceFields<T>(this ObjectGraphType<T> type, Func<T, Evidence> evidence, bool withKind = true)
    {
        if (withKind)
        {
            type.Field<NonNullGraphType<EnumerationGraphType<EvidenceKind>>>("kind").Description(KindDescription)
                .Resolve(ctx => evidence(ctx.Source).Kind);
        }

        type.Field<StringGraphType>("quote").Description("The excerpt of the notice, as curated (whitespace may differ from the notice).")
            .Resolve(ctx => evidence(ctx.Source).Quote);
        type.Field<IntGraphType>("start").Description("Offset of the excerpt in SourceNotice.text, in UTF-16 code units.")
            .Resolve(ctx => evidence(ctx.Source).Start);
        type.Field<IntGraphType>("end").Description("Offset just past the excerpt: text.substring(start, end) is the passage.")
            .Resolve(ctx => evidence(ctx.Source).End);
        type.Field<StringGraphType>("sourceUrl").Description("The public source of a fact the notice itself does not state.")
            .Resolve(ctx => evidence(ctx.Source).SourceUrl);
        type.Field<StringGraphType>("note").Description("The curator's remark: what an external source states, or how a value was read.")
            .Resolve(ctx => evidence(ctx.Source).Note);
    }
}
