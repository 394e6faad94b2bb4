namespace WorkspaceConfigurator.Templates;

/// <summary>A template expression the hub cannot render, as written (e.g. <c>{{ .Values.x }}</c>), and why.</summary>
public sealed record TemplateProblem(string Expression, string Reason)
{
    public const string Supported = "only {{ spawner.user.name }} and {{ namespace }} are rendered";

    public override string ToString() => $"'{Expression}' {Reason}; {Supported}";
}

/// <summary>The outcome of rendering one string: the text, or the first problem met.</summary>
public sealed record PlaceholderResult(string? Text, TemplateProblem? Problem)
{
    public bool Succeeded => Problem is null;
}
