namespace WorkspaceConfigurator.Diff;

/// <summary>
/// A boolean as the hub reads it: PyYAML (YAML 1.1: true, yes, on... in any of their cases), then pydantic's lax
/// booleans, which also take the strings and numbers t, f, y, n, 1 and 0. Anything else the hub refuses.
/// </summary>
internal static class HubBoolean
{
    /// <summary>What a message about a value that is not a boolean offers instead.</summary>
    public const string Accepted = "true or false (or yes/no, on/off, 1/0)";

    /// <summary>True or false, or null when the hub would refuse <paramref name="text"/>.</summary>
    public static bool? Parse(string text) => text.ToLowerInvariant() switch
    {
        "true" or "yes" or "on" or "y" or "t" or "1" => true,
        "false" or "no" or "off" or "n" or "f" or "0" => false,
        _ => null,
    };
}
