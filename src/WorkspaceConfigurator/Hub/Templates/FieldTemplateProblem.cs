namespace WorkspaceConfigurator.Hub.Templates;

/// <summary>An unsupported template expression in one field of a profile, the field named by its config.yml path.</summary>
internal sealed record FieldTemplateProblem(string Field, TemplateProblem Problem)
{
    public override string ToString() => $"{Field}: template expression {Problem}";
}
