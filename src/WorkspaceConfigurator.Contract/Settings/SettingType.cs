namespace WorkspaceConfigurator.Contract;

/// <summary>How a setting's values are parsed from text and shown to people.</summary>
public sealed record SettingType<T>(string Name, Func<string, T> Parse, Func<T, string> Format)
{
    /// <summary>For list types: parses the items of a YAML list (a values file), as <see cref="Parse"/> parses a comma-separated text.</summary>
    public Func<IReadOnlyList<string>, T>? ParseItems { get; init; }

    /// <summary>The setting may have no value (<c>null</c> in a values file, an empty value on the command line); nullable value types always may.</summary>
    public bool IsOptional { get; init; }

    /// <summary>For enumerations: every valid value, as written (the schema lists them).</summary>
    public IReadOnlyList<string>? Choices { get; init; }
}
