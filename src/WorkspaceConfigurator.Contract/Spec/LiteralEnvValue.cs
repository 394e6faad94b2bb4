namespace WorkspaceConfigurator.Contract;

public sealed record LiteralEnvValue(string Text) : EnvValue
{
    public override string ToString() => Text;
}
