using GraphQL;
using GraphQL.Execution;

namespace PostsGraph.GraphQL;

// Errors carry HotChocolate's extension shape: `code` plus the error's own details at the top of
// `extensions` (for example requestedItems and maxAllowedItems), never a stack trace.
public sealed class ErrorExtensions() : ErrorInfoProvider(new ErrorInfoProviderOptions { ExposeExceptionDetails = false, ExposeCodes = false, ExposeData = false })
{
    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        if (executionError.Data.Count == 0)
        {
            return info;
        }

        var extensions = info.Extensions is null ? new Dictionary<string, object?>() : new Dictionary<string, object?>(info.Extensions);
        foreach (System.Collections.DictionaryEntry entry in executionError.Data)
        {
            extensions[entry.Key.ToString()!] = entry.Value;
        }

        return new ErrorInfo { Message = info.Message, Extensions = extensions };
    }
}
