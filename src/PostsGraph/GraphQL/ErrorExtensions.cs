using System.Text.RegularExpressions;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;

namespace PostsGraph.GraphQL;

// Errors carry HotChocolate's extension shape: `code` plus the error's own details at the top of
// `extensions` (for example requestedItems and maxAllowedItems), never a stack trace. An error about
// a value that is not one of an enum's says which values are: in its message, and in
// `extensions.validValues`.
public sealed partial class ErrorExtensions(IServiceProvider services)
    : ErrorInfoProvider(new ErrorInfoProviderOptions { ExposeExceptionDetails = false, ExposeCodes = false, ExposeData = false })
{
    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        var valid = ValidValues(info.Message);
        if (executionError.Data.Count == 0 && valid is null)
        {
            return info;
        }

        var extensions = info.Extensions is null ? new Dictionary<string, object?>() : new Dictionary<string, object?>(info.Extensions);
        foreach (System.Collections.DictionaryEntry entry in executionError.Data)
        {
            extensions[entry.Key.ToString()!] = entry.Value;
        }

        var message = info.Message;
        if (valid is { } values)
        {
            message = $"{message}{(message.EndsWith('.') || message.EndsWith(']') ? " " : ". ")}The valid values of {values.Type} are {string.Join(", ", values.Names)}.";
            extensions["validValues"] = values.Names;
        }

        return new ErrorInfo { Message = message, Extensions = extensions };
    }

    // The enum a coercion error names, when the value given is not one of its values.
    private (string Type, string[] Names)? ValidValues(string message)
    {
        var match = ExpectedEnum().Match(message) is { Success: true } found ? found : UnableToConvert().Match(message);
        if (!match.Success || services.GetService(typeof(ISchema)) is not ISchema { Initialized: true } schema
            || schema.AllTypes[match.Groups["type"].Value] is not EnumerationGraphType type)
        {
            return null;
        }

        return (type.Name, [.. type.Values.Select(v => v.Name)]);
    }

    // "Expected type 'SortEnumType', found UP." (a literal), "Unable to convert 'UP' to 'SortEnumType'" (a variable).
    [GeneratedRegex("""Expected type '(?<type>\w+)', found""")]
    private static partial Regex ExpectedEnum();

    [GeneratedRegex("""Unable to convert '[^']*' to '(?<type>\w+)'""")]
    private static partial Regex UnableToConvert();
}
