using FluentAssertions;
using WorkspaceConfigurator.Engine;
using WorkspaceConfigurator.Tests.Support;

namespace WorkspaceConfigurator.Tests.Profiles;

/// <summary>Builds every registered profile, so a missing or broken asset fails here and not in a user's run.</summary>
public sealed class BuiltinCatalogTests
{
    private static IReadOnlyList<PlannedProfile> BuildAll() => Plans.Builtin();

    public static readonly string[] AllSlugs = ["coder", "coder-gpu", "coder-dask-gateway", "remote-desktop", "remote-desktop-qgis", "remote-desktop-panoply", "remote-desktop-snap", "jupyterlab"];

    public static TheoryData<string> Slugs() => new(AllSlugs);

    [Fact]
    public void Every_builtin_builds_with_its_assets()
    {
        var all = BuildAll();
        all.Select(p => p.Spec!.Slug).Should().Equal(AllSlugs);
        all.SelectMany(p => p.Spec!.ConfigMaps).Should().OnlyContain(c => !string.IsNullOrWhiteSpace(c.Content));
    }

    [Theory]
    [MemberData(nameof(Slugs))]
    public void Derived_names_follow_one_rule(string slug)
    {
        var spec = BuildAll().Single(p => p.Spec!.Slug == slug).Spec!;
        foreach (var map in spec.ConfigMaps)
        {
            map.Persist.Should().BeFalse();
            map.ReadOnly.Should().BeTrue();
        }

        if (spec.ConfigMaps.SingleOrDefault(c => c.Key == "init") is { } init)
        {
            init.Name.Should().Be($"init-{slug}");
            var container = spec.InitContainers.Single(c => c.Name == "init-file-on-volume");
            container.Command.Should().Equal("sh", "-c", "sh /opt/init/.init.sh");
            container.Image.Should().Be(spec.Image);
            var mount = container.VolumeMounts.Single(m => m.MountPath == "/opt/init/.init.sh");
            mount.Name.Should().Be(init.Name);
            mount.SubPath.Should().Be(init.Key);
            container.VolumeMounts.Select(m => m.Name).Should().StartWith(spec.Volumes.Select(v => v.Name));
        }
        else
        {
            spec.InitContainers.Should().BeEmpty();
        }

        foreach (var map in spec.ConfigMaps.Where(c => c.Key is "bash-login" or "bash-rc"))
        {
            map.Name.Should().Be($"{map.Key}-{slug}");
            map.MountPath.Should().Be(map.Key == "bash-login" ? "/workspace/.bash_login" : "/workspace/.bashrc");
        }

        spec.Volumes.Should().ContainSingle(v => v.Name == "workspace-volume" && v.Persist && v.ClaimName == "workspace-claim" && v.MountPath == "/workspace");
        spec.Volumes.Where(v => v.Persist).Select(v => v.Name).Should().Equal("workspace-volume");
    }

    [Fact]
    public void Coder_profiles_grant_cwl_runners_the_four_roles()
    {
        var spec = BuildAll().Single(p => p.Spec!.Slug == "coder").Spec!;
        spec.RoleBindings.Select(r => r.Name).Should().Equal("log-reader-role-binding-coder", "pod-manager-role-binding-coder",
            "pod-exec-role-binding-coder", "job-submitter-role-binding-coder");
        spec.RoleBindings.Last().Role.ApiGroups.Should().Equal("batch");
        spec.RoleBindings.Should().OnlyContain(r => r.Subjects.Single() == new SubjectSpec { Name = "default", Kind = SubjectKind.ServiceAccount });
    }

    [Fact]
    public void The_dask_gateway_manifest_has_its_five_objects()
    {
        var manifest = BuildAll().Single(p => p.Spec!.Slug == "coder-dask-gateway").Spec!.Manifests.Single();
        manifest.Name.Should().Be("dask-gateway-coder-dask-gateway");
        manifest.Key.Should().Be("dask-gateway");
        manifest.Content.Cast<YamlMapping>().Select(o => o.GetString("kind"))
            .Should().Equal("Release", "ConfigMap", "ConfigMap", "Role", "RoleBinding");
    }

    [Fact]
    public void Snap_desktop_mounts_its_settings_read_only_for_all()
    {
        var spec = BuildAll().Single(p => p.Spec!.Slug == "remote-desktop-snap").Spec!;
        spec.ConfigMaps.Select(c => (c.Name, c.OctalMode)).Should().Equal(("snap-conf-remote-desktop-snap", "0644"), ("snap-properties-remote-desktop-snap", "0644"));
        spec.Env.TryGetValue("LIBGL_ALWAYS_SOFTWARE", out var value).Should().BeTrue();
        value.Should().Be(EnvValue.Of("1"));
    }
}
