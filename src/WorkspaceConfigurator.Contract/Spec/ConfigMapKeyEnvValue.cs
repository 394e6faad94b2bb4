namespace WorkspaceConfigurator.Contract;

public sealed record ConfigMapKeyEnvValue(string Name, string Key) : EnvValue
{
    public override string ToString() => $"(config map {Name}, key {Key})";
}
