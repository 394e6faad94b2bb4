using System.Text.RegularExpressions;
using FluentAssertions;
using WorkspaceConfigurator.Build;
using WorkspaceConfigurator.Catalog;
using WorkspaceConfigurator.Check;
using WorkspaceConfigurator.Hub.Templates;
using WorkspaceConfigurator.Profiles;
using WorkspaceConfigurator.Render.AppHub;
using WorkspaceConfigurator.Tests.Robustness;
using WorkspaceConfigurator.Tests.Support;
using WorkspaceConfigurator.Write;

namespace WorkspaceConfigurator.Tests.Check;

/// <summary>
/// The template check reads specs (<see cref="SpecStrings"/>); it used to walk the rendered config.yml. The old walk
/// is the oracle: for built-in, hand-made and random specs both must meet the same strings, with the same field
/// names, in the same order, and find the same problems, so that every message reads as before.
/// </summary>
public sealed partial class SpecStringsOracleTests
{
    [Theory]
    [MemberData(nameof(Profiles.BuiltinCatalogTests.Slugs), MemberType = typeof(Profiles.BuiltinCatalogTests))]
    public void Builtin_profiles_agree(string slug)
    {
        var registry = new ProfileRegistry();
        registry.RegisterBuiltIn(BuiltinProfiles.Registrars());
        ShouldAgree(Plans.Builtin(slug).Single().Spec!);
    }

    [Fact]
    public void Specs_with_template_syntax_in_every_kind_of_field_agree()
    {
        foreach (var (name, spec) in TemplateSpecs.Crafted())
        {
            ShouldAgree(spec, name);
        }
    }

    [Fact]
    public void Random_specs_agree() =>
        SeededCases.Check(TemplateSpecs.Random(), 20261121, 500, spec => ShouldAgree(spec), HubForm);

    [Fact]
    public void The_hand_made_spec_has_a_problem_in_every_kind_of_field()
    {
        // Guards the comparison above against a spec that holds nothing to find.
        var fields = TemplateSyntaxCheck.FindProblems(TemplateSpecs.Everything()).Select(p => p.Field).Distinct().ToList();
        fields.Should().Contain(
        [
            "id", "groups[1]", "groups[2]", "definition.display_name", "definition.description", "definition.slug",
            "definition.kubespawner_override.image", "definition.kubespawner_override.extra_resource_limits.nvidia.com/{{ .Values.gpu }}",
            "definition.kubespawner_override.extra_resource_guarantees.{% gpu %}{{ x }}",
            "node_selector.{{ .Values.zone }}", "node_selector.disk", "default_url", "pod_env_vars.A", "pod_env_vars.B{{ .Values.key }}",
            "pod_env_vars.C.from_config_map.name", "pod_env_vars.C.from_config_map.key", "pod_env_vars.E",
            "config_maps[0].name", "config_maps[0].key", "config_maps[0].mount_path", "config_maps[0].content",
            "volumes[0].name", "volumes[0].claim_name", "volumes[0].storage_class", "volumes[0].volume_mount.name",
            "volumes[0].volume_mount.mount_path", "volumes[0].annotations.{{ .Values.ak }}", "volumes[0].annotations.example.org/plain",
            "role_bindings[0].name", "role_bindings[0].subjects[0].name", "role_bindings[0].subjects[1].name", "role_bindings[0].role.name",
            "role_bindings[0].role.resources[1]", "role_bindings[0].role.api_groups[1]",
            "image_pull_secrets[0].name", "image_pull_secrets[0].data",
            "init_containers[0].name", "init_containers[0].image", "init_containers[0].command[1]",
            "init_containers[0].volume_mounts[0].name", "init_containers[0].volume_mounts[0].mount_path", "init_containers[0].volume_mounts[0].sub_path",
            "manifests[0].name", "manifests[0].key", "manifests[0].content[0].metadata.labels.{{ .Values.lk }}",
            "manifests[0].content[0].data.values.yaml", "manifests[0].content[0].data.run.sh", "manifests[0].content[0].data.{% key %}",
            "manifests[0].content[0].spec.items[0][0]", "manifests[0].content[0].spec.items[1].deep[0].deeper", "manifests[0].content[1]",
            "manifests[1].content[0][0].a", "env_from_config_maps[0]", "env_from_secrets[1]",
            "secret_mounts[0].name", "secret_mounts[0].mount_path", "secret_mounts[0].sub_path",
        ]);
        fields.Should().NotContain(["env_from_secrets[0]", "pod_env_vars.F", "manifests[0].content[0].metadata.name"], "the hub leaves strings without '{{' alone, and renders the two placeholders");
    }

    [Fact]
    public void The_validator_reports_the_problems_in_the_walk_order()
    {
        var spec = TemplateSpecs.Everything();
        var expected = RenderedTreeWalk.FindProblems(AppHubConfigRenderer.RenderProfile(spec))
            .Select(p => $"error: {spec.Slug}: {p.Field}: '{p.Problem.Expression}' {p.Problem.Reason} ({TemplateProblem.Supported})");
        var lines = SpecValidator.Validate([spec]).Select(f => f.ToLine()).Where(l => l.EndsWith($"({TemplateProblem.Supported})", StringComparison.Ordinal));
        lines.Should().Equal(expected);
    }

    // A failing spec as config.yml shows it, which is what the two walks read.
    private static string HubForm(ProfileSpec spec)
    {
        try
        {
            return "\n" + YamlWriter.Write(AppHubConfigRenderer.RenderProfile(spec));
        }
        catch (Exception e)
        {
            return $"{spec} (not renderable: {e.Message})";
        }
    }

    private static void ShouldAgree(ProfileSpec spec, string because = "")
    {
        var hubForm = AppHubConfigRenderer.RenderProfile(spec);
        var visits = RenderedTreeWalk.Strings(hubForm);

        // The spec walk leaves out the key names the renderer writes itself: constants, which never hold template syntax.
        var constantKeys = visits.Where(v => v.IsKey && !HoldsSpecKeys(v.Parent)).ToList();
        constantKeys.Should().OnlyContain(v => SnakeCase().IsMatch(v.Text), because);
        var expected = visits.Except(constantKeys).Select(v => (v.Field, v.Text, v.Field.StartsWith("manifests[", StringComparison.Ordinal))).ToList();

        SpecStrings.Of(spec).Select(s => (s.Field, s.Text, s.InManifest)).Should().Equal(expected, because);
        TemplateSyntaxCheck.FindProblems(spec).Should().Equal(RenderedTreeWalk.FindProblems(hubForm), because);
    }

    // The mappings of config.yml whose keys come from the spec: labels, env names, resource names, annotations, manifests.
    private static bool HoldsSpecKeys(string parent) =>
        parent is "node_selector" or "pod_env_vars" or "definition.kubespawner_override.extra_resource_limits"
            or "definition.kubespawner_override.extra_resource_guarantees"
        || VolumeAnnotations().IsMatch(parent)
        || ManifestContent().IsMatch(parent);

    [GeneratedRegex(@"^[a-z_]+$")]
    private static partial Regex SnakeCase();

    [GeneratedRegex(@"^volumes\[\d+\]\.annotations$")]
    private static partial Regex VolumeAnnotations();

    [GeneratedRegex(@"^manifests\[\d+\]\.content\[")]
    private static partial Regex ManifestContent();
}
