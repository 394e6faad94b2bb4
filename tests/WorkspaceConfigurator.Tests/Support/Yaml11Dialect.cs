namespace WorkspaceConfigurator.Tests.Support;

/// <summary>The YAML 1.1 reader whose plain-scalar typing is imitated.</summary>
public enum Yaml11Dialect
{
    /// <summary>PyYAML 6 <c>yaml.safe_load</c>: how the Application Hub reads config.yml.</summary>
    PyYaml,

    /// <summary>go-yaml v2 behind sigs.k8s.io/yaml: how kubectl and the API server read manifests.</summary>
    GoYamlV2,
}
