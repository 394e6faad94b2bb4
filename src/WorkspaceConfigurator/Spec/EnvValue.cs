namespace WorkspaceConfigurator.Spec;

/// <summary>The value of a pod environment variable: a literal string or a reference to a ConfigMap key.</summary>
public abstract record EnvValue
{
    public static EnvValue Of(string text) => new LiteralEnvValue(text);

    public static EnvValue FromConfigMap(string name, string key) => new ConfigMapKeyEnvValue(name, key);

    public static implicit operator EnvValue(string text) => new LiteralEnvValue(text);
}

public sealed record LiteralEnvValue(string Text) : EnvValue
{
    public override string ToString() => Text;
}

public sealed record ConfigMapKeyEnvValue(string Name, string Key) : EnvValue
{
    public override string ToString() => $"(config map {Name}, key {Key})";
}
