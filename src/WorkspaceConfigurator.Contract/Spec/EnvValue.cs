namespace WorkspaceConfigurator.Contract;

/// <summary>The value of a pod environment variable: a literal string or a reference to a ConfigMap key.</summary>
public abstract record EnvValue : ISpecRecord
{
    // Closed: the renderers know every kind of value; a plugin's own kind would reach them unreadable.
    private protected EnvValue()
    {
    }

    public static EnvValue Of(string text) => new LiteralEnvValue(text);

    public static EnvValue FromConfigMap(string name, string key) => new ConfigMapKeyEnvValue(name, key);

    public static implicit operator EnvValue(string text) => new LiteralEnvValue(text);
}
