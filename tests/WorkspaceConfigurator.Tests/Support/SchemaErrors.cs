using NJsonSchema.Validation;

namespace WorkspaceConfigurator.Tests.Support;

/// <summary>NJsonSchema nests the errors of oneOf/anyOf branches; the validators list the leaves.</summary>
public static class SchemaErrors
{
    public static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors)
    {
        foreach (var error in errors)
        {
            if (error is ChildSchemaValidationError child && child.Errors.Count > 0)
            {
                foreach (var inner in Flatten(child.Errors.SelectMany(kv => kv.Value)))
                {
                    yield return inner;
                }
            }
            else
            {
                yield return error;
            }
        }
    }
}
