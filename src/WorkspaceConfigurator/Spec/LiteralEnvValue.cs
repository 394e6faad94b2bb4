namespace WorkspaceConfigurator.Spec;

public sealed record LiteralEnvValue(string Text) : EnvValue
{
    public override string ToString() => Text;
}
