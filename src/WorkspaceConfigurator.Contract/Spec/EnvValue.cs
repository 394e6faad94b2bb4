namespace WorkspaceConfigurator.Contract;

/// <summary>The value of a pod environment variable: a literal string or a reference to a ConfigMap key.</summary>
public abstract record EnvValue : ISpecRecord
{
    public static EnvValue Of(string text) => new LiteralEnvValue(text);

    public static EnvValue FromConfigMap(string name, string key) => new ConfigMapKeyEnvValue(name, key);

    public static implicit operator EnvValue(string text) => new LiteralEnvValue(text);
}
