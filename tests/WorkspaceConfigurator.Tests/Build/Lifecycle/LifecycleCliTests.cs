using WorkspaceConfigurator.Build.Lifecycle;
using WorkspaceConfigurator.Tests.Cli;
using WorkspaceConfigurator.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace WorkspaceConfigurator.Tests.Build.Lifecycle;

/// <summary>The lifecycle settings end to end through the CLI: what each one puts into config.yml, and its errors.</summary>
public sealed class LifecycleCliTests
{
    private static readonly string[] AllOn =
    [
        "--override", "coder:rc_files=seed",
        "--override", "coder:image_configure=/coder/configure",
        "--override", "coder:personalize=true",
        "--override", "coder:dotfiles_repo=git@github.com:alice/dotfiles.git",
        "--override", "coder:git_ssh_secret=git-ssh",
    ];

    [Fact]
    public void Describe_lists_the_startup_steps_in_order()
    {
        var result = CliRunner.Run("describe", "coder", "--override", "coder:personalize=true", "--override", "coder:dotfiles_repo=https://example.org/dots.git");
        Assert.Equal(0, result.ExitCode);
        var steps = StepLines(result.Out);
        Assert.Equal(["1. init-file-on-volume", "2. personalize", "3. dotfiles"], steps.Select(s => s[..s.IndexOf(':', StringComparison.Ordinal)]));
        Assert.Contains("clones https://example.org/dots.git into /workspace/.dotfiles", steps[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Every_step_runs_in_the_documented_order_with_the_home_mounted()
    {
        var profile = Profile(CliRunner.Run(["dump-config", "--profile", "coder", .. AllOn]));
        var containers = Sequence(profile, "init_containers");
        Assert.Equal(["home-seed", "init-file-on-volume", "image-configure", "personalize", "dotfiles"], containers.Select(c => Text(c, "name")));
        foreach (var container in containers.Where(c => Text(c, "name") != "init-file-on-volume"))
        {
            var command = Command(container);
            Assert.Equal(["sh", StartupScript.Path], command.Take(2));
            Assert.Equal("/workspace", command[3]);
            var mounts = Sequence(container, "volume_mounts").Select(m => (Text(m, "name"), Text(m, "mount_path"))).ToList();
            Assert.Contains(("workspace-volume", "/workspace"), mounts);
            Assert.Contains(("startup-coder", StartupScript.Folder), mounts);
        }

        Assert.Equal(["sh", StartupScript.Path, "configure", "/workspace", "/coder/configure"], Command(containers[2]));
        Assert.Equal(["sh", StartupScript.Path, "dotfiles", "/workspace", "git@github.com:alice/dotfiles.git", "/opt/wsconf/git-ssh/ssh-privatekey"], Command(containers[4]));
    }

    [Fact]
    public void The_startup_config_map_holds_the_script_and_is_mounted_outside_the_home()
    {
        var profile = Profile(CliRunner.Run("dump-config", "--profile", "coder", "--override", "coder:personalize=true"));
        var map = Named(Sequence(profile, "config_maps"), "startup-coder");
        Assert.Equal(StartupScript.Text, Text(map, "content"));
        Assert.Equal("startup.sh", Text(map, "key"));
        Assert.Equal(StartupScript.Path, Text(map, "mount_path"));
        Assert.Equal("false", Text(map, "persist"));
    }

    [Fact]
    public void Without_lifecycle_settings_nothing_is_added()
    {
        var plain = CliRunner.Run("dump-config", "--profile", "coder", "--groups", "workspace-users");
        Assert.Equal(0, plain.ExitCode);
        Assert.DoesNotContain("startup", plain.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("GIT_SSH_COMMAND", plain.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Home_path_moves_the_home_volume_HOME_the_XDG_folders_the_rc_files_and_the_init_script()
    {
        var profile = Profile(CliRunner.Run("dump-config", "--profile", "coder", "--override", "coder:home_path=/home/jovyan/"));
        var env = (YamlMappingNode)profile.Children[new YamlScalarNode("pod_env_vars")];
        Assert.Equal("/home/jovyan", Text(env, "HOME"));
        Assert.Equal("/home/jovyan/.local", Text(env, "XDG_CONFIG_HOME"));
        Assert.Equal("/home/jovyan/.local/share/", Text(env, "XDG_DATA_HOME"));
        var home = Named(Sequence(profile, "volumes"), "workspace-volume");
        Assert.Equal("/home/jovyan", Text((YamlMappingNode)home.Children[new YamlScalarNode("volume_mount")], "mount_path"));
        Assert.Equal("/home/jovyan/.bashrc", Text(Named(Sequence(profile, "config_maps"), "bash-rc-coder"), "mount_path"));
        Assert.Equal("/home/jovyan/.bash_login", Text(Named(Sequence(profile, "config_maps"), "bash-login-coder"), "mount_path"));
        Assert.Equal(["sh", "-c", "sh /opt/init/.init.sh /home/jovyan"], Command(Named(Sequence(profile, "init_containers"), "init-file-on-volume")));
    }

    [Fact]
    public void The_default_home_keeps_the_catalogue_init_command()
    {
        var profile = Profile(CliRunner.Run("dump-config", "--profile", "coder"));
        Assert.Equal(["sh", "-c", "sh /opt/init/.init.sh"], Command(Named(Sequence(profile, "init_containers"), "init-file-on-volume")));
    }

    [Fact]
    public void Home_claim_name_renames_the_claim()
    {
        var profile = Profile(CliRunner.Run("dump-config", "--profile", "remote-desktop", "--override", "remote-desktop:home_claim_name=home"));
        Assert.Equal("home", Text(Named(Sequence(profile, "volumes"), "workspace-volume"), "claim_name"));
    }

    [Fact]
    public void Seeded_rc_files_are_mounted_outside_the_home_and_copied_in_by_the_seed_step()
    {
        var profile = Profile(CliRunner.Run("dump-config", "--profile", "coder", "--override", "coder:rc_files=seed"));
        var maps = Sequence(profile, "config_maps");
        Assert.Equal("/opt/wsconf/seed/bash-rc-coder/bash-rc", Text(Named(maps, "bash-rc-coder"), "mount_path"));
        Assert.Equal("/opt/wsconf/seed/bash-login-coder/bash-login", Text(Named(maps, "bash-login-coder"), "mount_path"));
        Assert.DoesNotContain(maps, m => Text(m, "mount_path").StartsWith("/workspace/", StringComparison.Ordinal));
        var seed = Named(Sequence(profile, "init_containers"), "home-seed");
        Assert.Equal(
            ["sh", StartupScript.Path, "seed", "/workspace", "/opt/wsconf/seed/bash-login-coder/bash-login", ".bash_login", "/opt/wsconf/seed/bash-rc-coder/bash-rc", ".bashrc"],
            Command(seed));
        var mounts = Sequence(seed, "volume_mounts").Select(m => (Text(m, "name"), Text(m, "mount_path"))).ToList();
        Assert.Contains(("bash-rc-coder", "/opt/wsconf/seed/bash-rc-coder"), mounts);
    }

    [Fact]
    public void The_git_key_is_mounted_outside_the_home_and_git_uses_it_through_the_script()
    {
        var result = CliRunner.Run("validate", "--profile", "coder", "--groups", "staff", "--override", "coder:git_ssh_secret=git-ssh");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("warning: coder: git_ssh_secret: Secret 'git-ssh' must exist in each user's namespace", result.Out, StringComparison.Ordinal);
        var profile = Profile(CliRunner.Run("dump-config", "--profile", "coder", "--override", "coder:git_ssh_secret=git-ssh"));
        var mount = Named(Sequence(profile, "secret_mounts"), "git-ssh");
        Assert.Equal("/opt/wsconf/git-ssh", Text(mount, "mount_path"));
        var env = (YamlMappingNode)profile.Children[new YamlScalarNode("pod_env_vars")];
        Assert.Equal($"sh {StartupScript.Path} git-ssh /opt/wsconf/git-ssh/ssh-privatekey", Text(env, "GIT_SSH_COMMAND"));
        Assert.Equal("ssh", Text(env, "GIT_SSH_VARIANT"));
    }

    [Fact]
    public void A_manifest_that_creates_the_git_secret_silences_the_warning()
    {
        using var folder = new TempFolder();
        var values = folder.Write("site.yaml", """
            profiles:
              coder:
                git_ssh_secret: git-ssh
                manifests:
                  git-ssh:
                    key: git-ssh
                    content:
                      - apiVersion: v1
                        kind: Secret
                        metadata: {name: git-ssh}
                        type: kubernetes.io/ssh-auth
                        stringData: {ssh-privatekey: "placeholder"}
            """);
        var result = CliRunner.Run("-f", values, "validate", "--profile", "coder", "--groups", "staff");
        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("git_ssh_secret", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Idle_timeout_mounts_a_jupyter_server_config_on_jupyterlab()
    {
        var profile = Profile(CliRunner.Run("dump-config", "--profile", "jupyterlab", "--override", "jupyterlab:idle_timeout=1h30m"));
        var map = Named(Sequence(profile, "config_maps"), "idle-timeout-jupyterlab");
        Assert.Equal("/etc/jupyter/jupyter_server_config.d/wsconf-idle-timeout.json", Text(map, "mount_path"));
        using var json = System.Text.Json.JsonDocument.Parse(Text(map, "content"));
        Assert.Equal(5400, json.RootElement.GetProperty("ServerApp").GetProperty("shutdown_no_activity_timeout").GetInt32());
        Assert.Equal(5400, json.RootElement.GetProperty("MappingKernelManager").GetProperty("cull_idle_timeout").GetInt32());
    }

    [Fact]
    public void A_data_profile_that_extends_jupyterlab_stops_itself_too()
    {
        using var folder = new TempFolder();
        var values = folder.Write("site.yaml", """
            global: {groups: [staff]}
            profiles:
              lab-large:
                extends: jupyterlab
                display_name: Large JupyterLab
                idle_timeout: 2h
            """);
        var profile = Profile(CliRunner.Run("-f", values, "dump-config", "--profile", "lab-large"));
        Assert.Equal(IdleShutdownPath, Text(Named(Sequence(profile, "config_maps"), "idle-timeout-lab-large"), "mount_path"));
    }

    private const string IdleShutdownPath = "/etc/jupyter/jupyter_server_config.d/wsconf-idle-timeout.json";

    [Fact]
    public void Idle_timeout_elsewhere_is_a_warning_and_adds_nothing()
    {
        var result = CliRunner.Run("validate", "--profile", "coder", "--groups", "staff", "--override", "coder:idle_timeout=2h");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("warning: coder: idle_timeout: has no effect here", result.Out, StringComparison.Ordinal);
        var config = CliRunner.Run("dump-config", "--profile", "coder", "--override", "coder:idle_timeout=2h");
        Assert.DoesNotContain("idle-timeout", config.Out, StringComparison.Ordinal);
        var describe = CliRunner.Run("describe", "coder", "--override", "coder:idle_timeout=2h");
        Assert.Contains("Auto-off: idle_timeout 2h has no effect on a Coder workspace", describe.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_startup_step_without_the_home_on_a_volume_is_an_error()
    {
        using var folder = new TempFolder();
        var values = folder.Write("site.yaml", """
            profiles:
              coder:
                rc_files: seed
                personalize: true
                volumes:
                  workspace-volume: {mount_path: /data}
            """);
        var result = CliRunner.Run("-f", values, "validate", "--profile", "coder", "--groups", "staff");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error: coder: rc_files: seeding copies files into the home, but home_path /workspace is on no volume of the profile", result.Out, StringComparison.Ordinal);
        Assert.Contains("error: coder: personalize: it is a startup step that works in the home, but home_path /workspace is on no volume", result.Out, StringComparison.Ordinal);
        var dump = CliRunner.Run("-f", values, "dump-config", "--profile", "coder", "--groups", "staff");
        Assert.Equal(1, dump.ExitCode);
        Assert.Equal("", dump.Out);
    }

    [Fact]
    public void One_claim_at_two_paths_is_a_warning()
    {
        var result = CliRunner.Run("validate", "--profile", "coder,jupyterlab", "--groups", "staff", "--override", "jupyterlab:home_path=/home/jovyan");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("warning: jupyterlab: volumes.workspace-claim: claim 'workspace-claim' is mounted at /home/jovyan here and at /workspace by 'coder'", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("home_path=workspace", "'workspace' is not an absolute home folder")]
    [InlineData("home_path=/", "'/' cannot be the home")]
    [InlineData("home_path=/home/{username}", "has a character that cannot be in a home folder")]
    [InlineData("home_path=/home/../etc", "has a '..' segment")]
    [InlineData("home_claim_name=Home_Claim", "'Home_Claim' is not a claim name")]
    [InlineData("rc_files=copy", "'copy' is not a way to place rc files (mount: mounted read-only at every start; seed: copied into the home once, then the user's)")]
    [InlineData("image_configure=coder/configure", "'coder/configure' is not an absolute path in the image")]
    [InlineData("personalize=maybe", "'maybe' is not a boolean")]
    [InlineData("dotfiles_repo=http://example.org/dots.git", "'http://example.org/dots.git' is not an https or ssh Git URL")]
    [InlineData("dotfiles_repo=file:///srv/dots", "is not an https or ssh Git URL")]
    [InlineData("dotfiles_repo=https://alice:s3cret@example.org/dots.git", "has a password in it")]
    [InlineData("git_ssh_secret=Git.Key", "'Git.Key' is not a Secret name that can also name a pod volume")]
    [InlineData("idle_timeout=soon", "'soon' is not a duration such as 90m, 2h or 1h30m")]
    [InlineData("idle_timeout=90", "'90' is not a duration")]
    [InlineData("idle_timeout=30m2h", "'30m2h' is not a duration")]
    [InlineData("idle_timeout=400d", "longer than a year")]
    [InlineData("dotfiles_repo=-u@h:x", "it starts with '-'")]
    [InlineData("dotfiles_repo=git@github.com:2222/a/b.git", "has a port in scp form, which git reads as part of the path; write ssh://git@github.com:2222/a/b.git")]
    public void Bad_values_are_usage_errors_that_say_what_is_valid(string assignment, string message)
    {
        var result = CliRunner.Run("dump-config", "--profile", "coder", "--override", "coder:" + assignment);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith($"error: --override coder:{assignment}: ", line, StringComparison.Ordinal);
        Assert.Contains(message, line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("idle_timeout", "0", "0")]
    [InlineData("idle_timeout", "90m", "1h30m")]
    [InlineData("idle_timeout", "1d2h", "1d2h")]
    [InlineData("dotfiles_repo", "https://github.com/alice/dotfiles.git", "https://github.com/alice/dotfiles.git")]
    [InlineData("dotfiles_repo", "ssh://git@example.org:2222/alice/dots.git", "ssh://git@example.org:2222/alice/dots.git")]
    [InlineData("dotfiles_repo", "git@github.com:alice/dotfiles.git", "git@github.com:alice/dotfiles.git")]
    [InlineData("home_path", "/home//jovyan/./x/", "/home/jovyan/x")]
    [InlineData("home_path", "/home/../etc", null)]
    public void Good_values_are_taken_and_shown_in_their_plain_spelling(string field, string value, string? shown)
    {
        var result = CliRunner.Run("describe", "coder", "--override", $"coder:{field}={value}");
        if (shown is null)
        {
            Assert.Equal(2, result.ExitCode);
            return;
        }

        Assert.Equal(0, result.ExitCode);
        var row = result.Out.Split('\n').Single(l => l.TrimStart().StartsWith(field + " ", StringComparison.Ordinal));
        Assert.Contains($" {shown} ", row, StringComparison.Ordinal);
    }

    [Fact]
    public void A_values_file_sets_lifecycle_settings_for_every_profile_and_a_bad_one_names_its_line()
    {
        using var folder = new TempFolder();
        var good = folder.Write("good.yaml", "global:\n  personalize: true\n  idle_timeout: 2h\n");
        var result = CliRunner.Run("-f", good, "dump-config", "--profile", "coder,jupyterlab", "--groups", "staff");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("name: personalize", result.Out, StringComparison.Ordinal);
        Assert.Contains("idle-timeout-jupyterlab", result.Out, StringComparison.Ordinal);
        Assert.Empty(AppHubContract.Validate(result.Out));

        var bad = folder.Write("bad.yaml", "global:\n  groups: [staff]\n  dotfiles_repo: http://example.org/d.git\n");
        var error = CliRunner.Run("-f", bad, "dump-config", "--profile", "coder");
        Assert.Equal(2, error.ExitCode);
        Assert.StartsWith($"error: {bad}:3:", Assert.Single(error.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void A_site_init_container_that_takes_a_startup_step_name_is_an_error()
    {
        using var folder = new TempFolder();
        var values = folder.Write("site.yaml", """
            global: {groups: [staff]}
            profiles:
              coder:
                personalize: true
                init_containers:
                  personalize: {image: busybox, command: [sh, -c, "echo hi"], volume_mounts: []}
                  notebook: {image: busybox, command: [sh, -c, "echo hi"], volume_mounts: []}
            """);
        var result = CliRunner.Run("-f", values, "validate", "--profile", "coder");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("'notebook' is also the name of the workspace container, and Kubernetes refuses a pod whose containers share a name", result.Out, StringComparison.Ordinal);
        Assert.Contains("'personalize' is also the name of init_containers[", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_home_on_a_volume_deleted_at_stop_is_an_error_for_the_steps()
    {
        using var folder = new TempFolder();
        var values = folder.Write("site.yaml", """
            global: {groups: [staff]}
            profiles:
              coder:
                personalize: true
                home_path: /calrissian
                volumes: {workspace-volume: null}
                init_containers: {init-file-on-volume: null}
            """);
        var result = CliRunner.Run("-f", values, "validate", "--profile", "coder");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error: coder: personalize: it is a startup step that works in the home, but home_path /calrissian is on calrissian-volume, which is deleted at every stop", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Seeding_takes_only_files_on_the_home_volume_and_plain_paths()
    {
        using var folder = new TempFolder();
        var values = folder.Write("site.yaml", """
            global: {groups: [staff]}
            profiles:
              coder:
                rc_files: seed
                volumes:
                  conf-volume: {claim_name: conf-claim, size: 1Gi, storage_class: standard, access_modes: [ReadWriteOnce], mount_path: /workspace/.config, persist: true}
                config_maps:
                  app-settings: {key: settings.json, mount_path: /workspace/.config/app/settings.json, content: "{}\n", readonly: true}
                  dbl: {key: dbl, mount_path: /workspace//.dbl, content: "x\n", readonly: true}
            """);
        var profile = Profile(CliRunner.Run("-f", values, "dump-config", "--profile", "coder"));
        var maps = Sequence(profile, "config_maps");
        Assert.Equal("/workspace/.config/app/settings.json", Text(Named(maps, "app-settings"), "mount_path"));
        Assert.Equal("/opt/wsconf/seed/dbl/dbl", Text(Named(maps, "dbl"), "mount_path"));
        var seed = Command(Named(Sequence(profile, "init_containers"), "home-seed"));
        Assert.Equal(["/opt/wsconf/seed/dbl/dbl", ".dbl"], seed.Skip(seed.Count - 2));
        Assert.DoesNotContain(".config/app/settings.json", seed);
    }

    [Fact]
    public void An_external_secret_that_makes_the_git_secret_silences_the_warning()
    {
        using var folder = new TempFolder();
        var values = folder.Write("site.yaml", """
            global: {groups: [staff]}
            profiles:
              coder:
                git_ssh_secret: git-ssh
                manifests:
                  git-ssh:
                    key: git-ssh
                    content:
                      - apiVersion: external-secrets.io/v1beta1
                        kind: ExternalSecret
                        metadata: {name: git-ssh-from-vault}
                        spec:
                          secretStoreRef: {name: vault, kind: ClusterSecretStore}
                          target: {name: git-ssh, template: {type: kubernetes.io/ssh-auth}}
                          data: [{secretKey: ssh-privatekey, remoteRef: {key: users/alice/git}}]
            """);
        var result = CliRunner.Run("-f", values, "validate", "--profile", "coder");
        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("git_ssh_secret", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Dotfiles_with_mounted_rc_files_warn_and_with_seeded_ones_do_not()
    {
        var mounted = CliRunner.Run("validate", "--profile", "coder", "--groups", "staff", "--override", "coder:dotfiles_repo=https://example.org/dots.git");
        Assert.Contains("warning: coder: dotfiles_repo: the dotfiles cannot replace ~/.bash_login: with rc_files: mount it is mounted read-only", mounted.Out, StringComparison.Ordinal);
        var seeded = CliRunner.Run("validate", "--profile", "coder", "--groups", "staff", "--override", "coder:dotfiles_repo=https://example.org/dots.git", "--override", "coder:rc_files=seed");
        Assert.DoesNotContain("dotfiles_repo", seeded.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_very_short_idle_timeout_is_a_warning()
    {
        var result = CliRunner.Run("validate", "--profile", "jupyterlab", "--groups", "staff", "--override", "jupyterlab:idle_timeout=1m");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("warning: jupyterlab: idle_timeout: is 1m: the server stops that soon", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("idle_timeout", CliRunner.Run("validate", "--profile", "jupyterlab", "--groups", "staff", "--override", "jupyterlab:idle_timeout=5m").Out, StringComparison.Ordinal);
    }

    private static List<string> StepLines(string describe) =>
        describe.Split('\n').SkipWhile(l => l != "Startup steps").Skip(1).TakeWhile(l => l.StartsWith("  ", StringComparison.Ordinal)).Select(l => l.Trim()).ToList();

    internal static YamlMappingNode Profile(CliResult result)
    {
        Assert.True(result.ExitCode == 0, result.Error);
        var stream = new YamlStream();
        stream.Load(new StringReader(result.Out));
        var profiles = (YamlSequenceNode)((YamlMappingNode)stream.Documents[0].RootNode).Children[new YamlScalarNode("profiles")];
        return (YamlMappingNode)Assert.Single(profiles.Children);
    }

    internal static List<YamlMappingNode> Sequence(YamlMappingNode node, string key) =>
        ((YamlSequenceNode)node.Children[new YamlScalarNode(key)]).Children.Cast<YamlMappingNode>().ToList();

    private static List<string> Command(YamlMappingNode container) =>
        ((YamlSequenceNode)container.Children[new YamlScalarNode("command")]).Children.Select(n => ((YamlScalarNode)n).Value!).ToList();

    internal static YamlMappingNode Named(List<YamlMappingNode> items, string name) => items.Single(i => Text(i, "name") == name);

    internal static string Text(YamlMappingNode node, string key) => ((YamlScalarNode)node.Children[new YamlScalarNode(key)]).Value!;
}
