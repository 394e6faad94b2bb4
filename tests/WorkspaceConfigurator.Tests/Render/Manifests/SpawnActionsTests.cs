using FluentAssertions;
using k8s.Models;
using WorkspaceConfigurator.Hub;
using WorkspaceConfigurator.Layers.ExistingObjects;
using WorkspaceConfigurator.Render.KubernetesObjects;
using WorkspaceConfigurator.Render.Manifests;
using WorkspaceConfigurator.Tests.Cli;
using WorkspaceConfigurator.Write;

namespace WorkspaceConfigurator.Tests.Render.Manifests;

/// <summary>
/// The create-or-keep rule on a preview that holds the user's Namespace, as the hub creates it. The CLI's preview
/// gets that object from the hub settings; here it is built by hand, so the rule is checked on the kind itself.
/// </summary>
public sealed class SpawnActionsTests
{
    private static readonly SpawnTarget Alice = SpawnTarget.ForUser("alice");

    [Fact]
    public void A_namespace_that_exists_is_kept_as_it_is()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("ns.yaml"), """
            apiVersion: v1
            kind: Namespace
            metadata:
              labels:
                kubernetes.io/metadata.name: jupyter-alice
              name: jupyter-alice
              uid: 4d6c1e0a-0000-4000-8000-000000000000
            spec:
              finalizers:
              - kubernetes
            status:
              phase: Active
            """);

        var preview = SpawnActions.Apply([Profile()], ExistingObjectsReader.Read(temp.File("ns.yaml")), Alice);

        var text = ManifestStream.Write(preview.Profiles);
        text.Should().StartWith("""
            # profile: coder (Code Server)
            apiVersion: v1
            kind: Namespace
            metadata:
              labels:
                kubernetes.io/metadata.name: jupyter-alice
              name: jupyter-alice
              annotations:
                wsconf.io/spawn-action: keep
            spec:
              finalizers:
              - kubernetes
            ---

            """);
        text.Should().NotContain("eso: enabled", "the hub does not label a namespace that exists");
        preview.Findings.Select(f => f.ToLine()).Should().Equal("note: jupyter-alice: keeping 1 existing object (Namespace jupyter-alice); creating 1");
    }

    [Fact]
    public void A_namespace_that_is_absent_is_created_and_another_namespace_is_no_match()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("ns.yaml"), "apiVersion: v1\nkind: Namespace\nmetadata: {name: jupyter-bob}\n");

        var preview = SpawnActions.Apply([Profile()], ExistingObjectsReader.Read(temp.File("ns.yaml")), Alice);

        ManifestStream.Write(preview.Profiles).Should().StartWith("""
            # profile: coder (Code Server)
            apiVersion: v1
            kind: Namespace
            metadata:
              name: jupyter-alice
              labels:
                eso: enabled
              annotations:
                wsconf.io/spawn-action: create
            ---

            """);
        preview.Findings.Select(f => f.ToLine()).Should().Equal("note: jupyter-alice: keeping no existing object; creating 2");
    }

    // The user's Namespace (cluster-scoped, with the hub's label) and a config map in it.
    private static SpawnObjects Profile()
    {
        var ns = new ManifestObject(new YamlMappingBuilder()
            .Add("apiVersion", "v1")
            .Add("kind", "Namespace")
            .Add("metadata", new YamlMappingBuilder()
                .Add("name", "jupyter-alice")
                .Add("labels", new YamlMappingBuilder().Add("eso", "enabled").Build())
                .Build())
            .Build());
        var map = new ModelObject(new V1ConfigMap
        {
            ApiVersion = "v1",
            Kind = "ConfigMap",
            Metadata = new V1ObjectMeta { Name = "settings", NamespaceProperty = "jupyter-alice" },
            Data = new Dictionary<string, string> { ["a"] = "1" },
        });
        return new SpawnObjects("coder", "Code Server", [ns, map]);
    }
}
