namespace WorkspaceConfigurator.Cli.Options;

/// <summary>An option's environment variables: ours first, then the reference's. Empty values count as unset.</summary>
internal sealed record EnvironmentDefault(string Name, string? ReferenceName)
{
    /// <summary>The value and the variable it came from, or null.</summary>
    public (string Value, string Variable)? Read(Func<string, string?> getVariable)
    {
        foreach (var name in new[] { Name, ReferenceName })
        {
            if (name is not null && getVariable(name) is { Length: > 0 } value)
            {
                return (value, name);
            }
        }

        return null;
    }
}
