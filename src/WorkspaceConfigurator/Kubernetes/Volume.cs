using WorkspaceConfigurator.Yaml;

namespace WorkspaceConfigurator.Kubernetes;

/// <summary>A pod volume; one subtype per source, so a volume never has two.</summary>
public abstract record Volume(string Name)
{
    public YamlMapping ToYaml() => new YamlMappingBuilder().Add("name", Name).Add(SourceKey, Source()).Build();

    protected abstract string SourceKey { get; }

    protected abstract YamlMapping Source();
}

public sealed record PersistentVolumeClaimVolume(string Name, string ClaimName) : Volume(Name)
{
    protected override string SourceKey => "persistentVolumeClaim";

    protected override YamlMapping Source() => new YamlMappingBuilder().Add("claimName", ClaimName).Build();
}

/// <summary>A ConfigMap volume; <see cref="DefaultMode"/> is the file mode as a number (0660 octal is 432).</summary>
public sealed record ConfigMapVolume(string Name, string ConfigMapName, int DefaultMode) : Volume(Name)
{
    protected override string SourceKey => "configMap";

    protected override YamlMapping Source() => new YamlMappingBuilder().Add("name", ConfigMapName).Add("defaultMode", DefaultMode).Build();
}

public sealed record SecretVolume(string Name, string SecretName) : Volume(Name)
{
    protected override string SourceKey => "secret";

    protected override YamlMapping Source() => new YamlMappingBuilder().Add("secretName", SecretName).Build();
}
