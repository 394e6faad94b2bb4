using FluentAssertions;
using WorkspaceConfigurator.Tests.Support;

namespace WorkspaceConfigurator.Tests.Build.SitePatches;

/// <summary>
/// Named items from values files, applied after the hooks: added, patched field by field by name, removed with null,
/// replaced as a whole with $patch: replace; global: items sit below the hooks' own. The checks see the result.
/// </summary>
public sealed class NamedItemTests
{
    [Fact]
    public void An_item_is_added_with_defaults_for_what_it_leaves_out()
    {
        using var site = new SiteValues();
        site.Add("""
            profiles:
              coder:
                config_maps:
                  motd: {key: motd, mount_path: /etc/motd, content: "hi\n"}
                volumes:
                  scratch: {claim_name: scratch-claim, size: 5Gi, mount_path: /scratch, persist: false, access_modes: [ReadWriteMany]}
                init_containers:
                  warm: {command: [sh, -c, "true"]}
                env_from_secrets: {site-secrets: {}}
                env_from_config_maps: {site-settings: true}
                secret_mounts: {git-ssh: {mount_path: /etc/git-ssh}}
                image_pull_secrets: {regcred: {}}
            """);
        var spec = site.Profile("coder", new([new("storage_class_rwx", "shared", "--storage-class-rwx shared")], [])).Spec!;
        spec.ConfigMaps.Last().Should().Be(new ConfigMapSpec
        {
            Name = "motd",
            Key = "motd",
            MountPath = "/etc/motd",
            DefaultMode = ConfigMapSpec.DefaultFileMode,
            ReadOnly = true,
            Content = "hi\n",
            Persist = false,
        });
        var scratch = spec.Volumes.Last();
        scratch.StorageClass.Should().Be("shared", "a new ReadWriteMany volume takes the profile's storage_class_rwx");
        scratch.Size.Text.Should().Be("5Gi");
        spec.InitContainers.Last().Image.Should().Be(spec.Image, "a new init container runs the profile's image");
        spec.EnvFromSecrets.Should().Equal("site-secrets");
        spec.EnvFromConfigMaps.Should().Equal("site-settings");
        spec.SecretMounts.Single().MountPath.Should().Be("/etc/git-ssh");
        spec.ImagePullSecrets.Single().Should().Be(new ImagePullSecretSpec { Name = "regcred", Persist = false, Data = null });
    }

    [Fact]
    public void A_hook_made_item_is_patched_field_by_field_and_keeps_its_place()
    {
        using var site = new SiteValues();
        site.Add("""
            profiles:
              coder:
                config_maps:
                  bash-rc-coder: {mount_path: /workspace/.bashrc.site, persist: true}
                volumes:
                  workspace-volume: {size: 30Gi, annotations: {backup: daily}}
            """);
        var spec = site.Profile("coder").Spec!;
        var rc = spec.ConfigMaps.Single(c => c.Name == "bash-rc-coder");
        rc.MountPath.Should().Be("/workspace/.bashrc.site");
        rc.Persist.Should().BeTrue();
        rc.Key.Should().Be("bash-rc");
        rc.Content.Should().Contain("alias", "fields not given keep the hook's value");
        spec.ConfigMaps.Select(c => c.Name).Should().Equal("bash-login-coder", "bash-rc-coder", "init-coder");
        var home = spec.Volumes.Single(v => v.Name == "workspace-volume");
        home.Size.Text.Should().Be("30Gi");
        home.ClaimName.Should().Be("workspace-claim");
        home.Annotations.Single().Should().Be(new KeyValuePair<string, string>("backup", "daily"));
    }

    [Fact]
    public void Null_removes_a_hook_made_item_and_replace_drops_them_all()
    {
        using var site = new SiteValues();
        site.Add("""
            profiles:
              coder:
                role_bindings:
                  pod-exec-role-binding-coder: null
              coder-gpu:
                role_bindings:
                  $patch: replace
                  read-pods:
                    subjects: [{name: default, kind: ServiceAccount}]
                    role: {name: pod-reader, resources: [pods], verbs: [get, list]}
            """);
        site.Profile("coder").Spec!.RoleBindings.Select(r => r.Name).Should().NotContain("pod-exec-role-binding-coder").And.HaveCount(3);
        var only = site.Profile("coder-gpu").Spec!.RoleBindings.Single();
        only.Name.Should().Be("read-pods");
        only.Role.ApiGroups.Should().Equal([""], "a role's api_groups default to the core group");
        only.Role.Verbs.Should().Equal(RoleVerb.Get, RoleVerb.List);
    }

    [Fact]
    public void Global_items_patch_the_hooks_items_and_new_ones_come_after_them()
    {
        using var site = new SiteValues();
        site.Add("""
            global:
              config_maps:
                site-banner: {key: banner, content: hello, mount_path: /etc/banner}
                bash-rc-coder: {key: elsewhere, content: "global", mount_path: /x}
            """);
        var maps = site.Profile("coder").Spec!.ConfigMaps;
        maps.Select(c => c.Name).Should().Equal("bash-login-coder", "bash-rc-coder", "init-coder", "site-banner");
        maps.Single(c => c.Name == "bash-rc-coder").Key.Should().Be("elsewhere", "named items are site patches on what the hooks made, global: included");
    }

    [Fact]
    public void Content_comes_from_a_file_beside_the_values_file()
    {
        using var site = new SiteValues();
        site.Write("files/motd.txt", "Welcome\n");
        site.Write("files/extra.yaml", """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: extra
            data:
              mode: "0755"
            ---
            apiVersion: v1
            kind: ServiceAccount
            metadata:
              name: runner
            """);
        site.Add("""
            profiles:
              jupyterlab:
                config_maps:
                  motd: {key: motd, mount_path: /etc/motd, content_file: files/motd.txt}
                manifests:
                  extra: {key: extra, manifest_file: files/extra.yaml}
            """);
        var spec = site.Profile("jupyterlab").Spec!;
        spec.ConfigMaps.Single(c => c.Name == "motd").Content.Should().Be("Welcome\n");
        spec.Manifests.Single().Content.Should().HaveCount(2);
    }

    [Fact]
    public void The_checks_run_on_the_patched_spec()
    {
        using var site = new SiteValues();
        site.Add("""
            profiles:
              coder:
                config_maps:
                  Bad.Name: {key: k, content: x, mount_path: /x}
            """);
        var result = site.Run("validate", "--profile", "coder", "--groups", "a");
        result.ExitCode.Should().Be(1);
        result.Out.Should().Contain("error: coder: config_maps[3].name: 'Bad.Name' is not a valid name");
    }

    [Fact]
    public void A_new_item_takes_its_fields_from_several_layers()
    {
        using var site = new SiteValues();
        site.Add("""
            profiles:
              motd-text: {abstract: true, config_maps: {motd: {content: "Welcome\n"}}}
              x:
                extends: coder
                profiles: [motd-text]
                config_maps:
                  motd: {key: motd, mount_path: /etc/motd}
            """);
        site.Profile("x").Spec!.ConfigMaps.Single(c => c.Name == "motd").Should()
            .Be(new ConfigMapSpec
            {
                Name = "motd",
                Key = "motd",
                MountPath = "/etc/motd",
                DefaultMode = ConfigMapSpec.DefaultFileMode,
                ReadOnly = true,
                Content = "Welcome\n",
                Persist = false,
            });
    }

    [Fact]
    public void An_inherited_patch_applies_where_the_item_exists_and_is_left_out_elsewhere()
    {
        using var site = new SiteValues();
        site.Add("""
            global:
              volumes:
                workspace-volume: {annotations: {backup: daily}}
            profiles:
              coder:
                config_maps:
                  bash-rc-coder: {content: "site rc\n"}
              mine: {extends: coder}
              bare: {profiles: [named]}
              named: {abstract: true, extends: jupyterlab}
            """);
        site.Profile("coder").Spec!.ConfigMaps.Single(c => c.Name == "bash-rc-coder").Content.Should().Be("site rc\n");
        var mine = site.Profile("mine").Spec!;
        mine.ConfigMaps.Select(c => c.Name).Should().NotContain("bash-rc-coder", "the hooks call it bash-rc-mine in mine");
        mine.ConfigMaps.Single(c => c.Name == "bash-rc-mine").Content.Should().NotBe("site rc\n");
        mine.Volumes.Single(v => v.Name == "workspace-volume").Annotations.Should().ContainSingle();
        site.Profile("bare").Spec!.Volumes.Should().BeEmpty("a patch from global: adds no volume where there is none");
    }

    [Theory]
    [InlineData("420", 0b110_100_100)]
    [InlineData("0644", 0b110_100_100)]
    [InlineData("\"0644\"", 0b110_100_100)]
    [InlineData("\"644\"", 0b110_100_100)]
    [InlineData("493", 0b111_101_101)]
    public void A_file_mode_is_decimal_as_a_plain_number_and_octal_with_a_leading_zero_or_quoted(string written, int mode)
    {
        using var site = new SiteValues();
        site.Add($"profiles:\n  coder:\n    config_maps:\n      motd: {{key: motd, content: hi, default_mode: {written}}}\n");
        site.Profile("coder").Spec!.ConfigMaps.Single(c => c.Name == "motd").DefaultMode.Should().Be(mode);
    }
}
