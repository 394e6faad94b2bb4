namespace WorkspaceConfigurator.Hub.Templates;

/// <summary>The outcome of rendering one string: the text, or the first problem met.</summary>
internal sealed record PlaceholderResult(string? Text, TemplateProblem? Problem)
{
    public bool Succeeded => Problem is null;
}
