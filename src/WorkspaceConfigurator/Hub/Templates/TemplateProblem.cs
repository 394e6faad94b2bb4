namespace WorkspaceConfigurator.Hub.Templates;

/// <summary>A template expression the hub cannot render, as written (e.g. <c>{{ .Values.x }}</c>), and why.</summary>
internal sealed record TemplateProblem(string Expression, string Reason)
{
    public const string Supported = "only {{ spawner.user.name }} and {{ namespace }} are rendered";

    public override string ToString() => $"'{Expression}' {Reason}; {Supported}";
}
