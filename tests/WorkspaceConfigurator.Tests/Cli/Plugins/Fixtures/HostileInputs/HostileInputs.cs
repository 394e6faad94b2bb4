using WorkspaceConfigurator.Profiles.JupyterLab;
using WorkspaceConfigurator.Contract;

namespace Fixtures.HostileInputs;

public sealed class Registrar : IProfileRegistrar
{
    public void Register(IProfileRegistry registry)
    {
        registry.Add(new FromAsset("tagged-asset", "manifests/tagged.yaml"));
        registry.Add(new FromAsset("binary-asset", "manifests/binary.yaml"));
        registry.Add(new FromAsset("int-tag-asset", "manifests/int-tag.yaml"));
        registry.Add(new FromAsset("alias-bomb-asset", "manifests/alias-bomb.yaml"));
        registry.Add(new DeepHookManifest());
        registry.Add(new SharedNodeManifest());
        registry.Add(new NullNodeManifest());
        registry.Add(new StandardResourcesFromHook());
    }
}

public abstract class Hostile : JupyterLabProfile
{
    protected override void Declare(SettingDefaults settings)
    {
        base.Declare(settings);
        settings.Set(CoreSettings.DisplayName, Slug);
        settings.Set(CoreSettings.Description, "hostile input");
    }
}

/// <summary>A manifest read from one of the fixture's assets.</summary>
public sealed class FromAsset(string slug, string asset) : Hostile
{
    public override string Slug => slug;

    protected override IEnumerable<ManifestSpec> Manifests(ProfileContext context) =>
        [context.ManifestFromAsset("objects", "objects", asset)];
}

/// <summary>A manifest nested 100,000 deep, built in code: the writer and the validator would overflow the stack on it.</summary>
public sealed class DeepHookManifest : Hostile
{
    public override string Slug => "deep-hook-manifest";

    protected override IEnumerable<ManifestSpec> Manifests(ProfileContext context)
    {
        YamlNode node = YamlNode.Str("bottom");
        for (var i = 0; i < 100_000; i++)
        {
            node = new YamlMappingBuilder().Add("nested", node).Build();
        }

        var root = new YamlMappingBuilder().Add("apiVersion", "v1").Add("kind", "ConfigMap")
            .Add("metadata", new YamlMappingBuilder().Add("name", "deep").Build()).Add("data", node).Build();
        return [new ManifestSpec { Name = "deep", Key = "deep", Content = ValueList.Of<YamlNode>(root), Persist = false }];
    }
}

/// <summary>An alias bomb in code: each level holds the level below twice, 2^60 nodes once written out.</summary>
public sealed class SharedNodeManifest : Hostile
{
    public override string Slug => "shared-node-manifest";

    protected override IEnumerable<ManifestSpec> Manifests(ProfileContext context)
    {
        YamlNode node = YamlNode.Str("x");
        for (var i = 0; i < 60; i++)
        {
            node = YamlNode.Seq([node, node]);
        }

        var root = new YamlMappingBuilder().Add("apiVersion", "v1").Add("kind", "ConfigMap")
            .Add("metadata", new YamlMappingBuilder().Add("name", "wide").Build()).Add("data", node).Build();
        return [new ManifestSpec { Name = "wide", Key = "wide", Content = ValueList.Of<YamlNode>(root), Persist = false }];
    }
}

/// <summary>A null where a node belongs: the writer could not print it.</summary>
public sealed class NullNodeManifest : Hostile
{
    public override string Slug => "null-node-manifest";

    protected override IEnumerable<ManifestSpec> Manifests(ProfileContext context)
    {
        var root = new YamlMappingBuilder().Add("apiVersion", "v1").Add("kind", "ConfigMap")
            .Add("metadata", new YamlMappingBuilder().Add("name", "nulls").Build()).Add("data", (YamlNode)null!).Build();
        return [new ManifestSpec { Name = "nulls", Key = "nulls", Content = ValueList.Of<YamlNode>(root), Persist = false }];
    }
}

/// <summary>Extended resources that are standard resources or not resource names at all, from a hook (no override can be checked earlier).</summary>
public sealed class StandardResourcesFromHook : Hostile
{
    public override string Slug => "standard-resources";

    protected override IEnumerable<KeyValuePair<string, long>> ExtraResourceLimits(ProfileContext context) =>
        [new("cpu", 4), new("memory", 1), new("bad res", 1), new("hugepages-2Mi", 1), new("example.com/fpga", 1)];
}
