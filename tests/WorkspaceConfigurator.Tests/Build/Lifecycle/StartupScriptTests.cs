using System.Runtime.Versioning;
using FluentAssertions;
using WorkspaceConfigurator.Build.Lifecycle;
using WorkspaceConfigurator.Tests.Support;

namespace WorkspaceConfigurator.Tests.Build.Lifecycle;

/// <summary>
/// The workspace startup script, run for real: each case under /bin/sh, and again under busybox sh where busybox is
/// installed (skipped, visibly, where it is not). A temporary folder stands for the home volume; the assertions are
/// on files, exit statuses and the script's log lines.
/// </summary>
[SupportedOSPlatform("linux")]
public sealed class StartupScriptTests
{
    private const string Git = "git";

    // ---- the script as shipped ----

    [Fact]
    public void The_script_is_embedded_with_unix_line_endings_at_its_mount_path()
    {
        StartupScript.Path.Should().Be("/opt/wsconf/startup/startup.sh");
        StartupScript.Text.Should().StartWith("#!/bin/sh\n").And.NotContain("\r");
        StartupScript.Text.Should().Contain("\ngit_ssh() {");
    }

    [Theory, Shell("sh"), Shell("busybox")]
    public void The_script_parses(string shell)
    {
        using var run = new StartupRun(shell);
        var result = run.Exec([.. run.Shell, "-n", run.Script]);
        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().BeEmpty();
    }

    [FactWhenInstalled("shellcheck")]
    public void Shellcheck_finds_nothing_in_posix_sh_mode()
    {
        using var run = new StartupRun("sh");
        var result = run.Exec(["shellcheck", "-s", "sh", run.Script]);
        result.ExitCode.Should().Be(0, result.Output + result.Error);
    }

    [Theory, Shell("sh"), Shell("busybox")]
    public void A_wrong_command_line_is_one_usage_line_and_exit_2(string shell)
    {
        using var run = new StartupRun(shell);
        string[][] wrong =
        [
            [],
            ["frobnicate", run.Home],
            ["seed", run.Home],
            ["seed", run.Home, "/etc/hostname"],
            ["configure", run.Home],
            ["personalize"],
            ["personalize", "relative/home"],
            ["dotfiles", run.Home],
            ["dotfiles", run.Home, "url", "key", "extra"],
            ["git-ssh"],
        ];
        foreach (var args in wrong)
        {
            var result = run.Step(args);
            result.ExitCode.Should().Be(2, $"'{string.Join(' ', args)}' is a wrong command line");
            result.ErrorLines.Should().ContainSingle().Which.Should().StartWith("wsconf startup: usage: ");
        }

        run.Step("frobnicate", run.Home).ErrorLines.Single().Should().EndWith("(unknown step 'frobnicate')");
    }

    // ---- seed ----

    [Theory, Shell("sh"), Shell("busybox")]
    public void Seed_copies_a_missing_file_user_and_group_writable(string shell)
    {
        using var run = new StartupRun(shell);
        var source = run.Write("config/bash-rc", "# seeded\n", UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        var result = run.Step("seed", run.Home, source, ".bashrc");

        result.ExitCode.Should().Be(0, result.Error);
        File.ReadAllText(run.InHome(".bashrc")).Should().Be("# seeded\n");
        File.GetUnixFileMode(run.InHome(".bashrc")).Should().HaveFlag(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.GroupWrite);
        result.Log.Should().Equal($"wsconf startup: seed: seeded ~/.bashrc from {source}");
        Directory.GetFiles(run.Home).Should().Equal(run.InHome(".bashrc"));
    }

    [Theory, Shell("sh"), Shell("busybox")]
    public void Seed_keeps_a_file_the_home_has(string shell)
    {
        using var run = new StartupRun(shell);
        var source = run.Write("config/bash-rc", "# seeded\n");
        File.WriteAllText(run.InHome(".bashrc"), "# mine\n");

        var result = run.Step("seed", run.Home, source, ".bashrc");

        result.ExitCode.Should().Be(0, result.Error);
        File.ReadAllText(run.InHome(".bashrc")).Should().Be("# mine\n");
        result.Log.Should().Equal("wsconf startup: seed: kept ~/.bashrc (already there)");
    }

    [Theory, Shell("sh"), Shell("busybox")]
    public void Seed_creates_the_folders_of_a_path(string shell)
    {
        using var run = new StartupRun(shell);
        var first = run.Write("config/settings", "{}\n");
        var second = run.Write("config/profile", "export A=1\n");

        var result = run.Step("seed", run.Home, first, ".config/app/deep/settings.json", second, ".profile");

        result.ExitCode.Should().Be(0, result.Error);
        File.ReadAllText(run.InHome(".config/app/deep/settings.json")).Should().Be("{}\n");
        File.ReadAllText(run.InHome(".profile")).Should().Be("export A=1\n");
        result.Log.Should().Equal(
            $"wsconf startup: seed: seeded ~/.config/app/deep/settings.json from {first}",
            $"wsconf startup: seed: seeded ~/.profile from {second}");
    }

    [Theory, Shell("sh"), Shell("busybox")]
    public void Seed_keeps_a_dangling_symbolic_link(string shell)
    {
        using var run = new StartupRun(shell);
        var source = run.Write("config/bash-rc", "# seeded\n");
        File.CreateSymbolicLink(run.InHome(".bashrc"), "dotfiles-not-cloned-yet/.bashrc");

        var result = run.Step("seed", run.Home, source, ".bashrc");

        result.ExitCode.Should().Be(0, result.Error);
        new FileInfo(run.InHome(".bashrc")).LinkTarget.Should().Be("dotfiles-not-cloned-yet/.bashrc");
        File.Exists(run.InHome("dotfiles-not-cloned-yet/.bashrc")).Should().BeFalse("nothing was written through the link");
        result.Log.Should().Equal("wsconf startup: seed: kept ~/.bashrc (already there)");
    }

    [Theory, Shell("sh"), Shell("busybox")]
    public void Seed_logs_what_it_cannot_do_and_carries_on(string shell)
    {
        using var run = new StartupRun(shell);
        var source = run.Write("config/bash-rc", "# seeded\n");
        var missing = Path.Combine(run.Root, "config", "missing");
        File.WriteAllText(run.InHome("blocker"), "a file where a folder should be\n");

        var result = run.Step("seed", run.Home, missing, ".missing", source, "../outside", source, "blocker/file", source, ".bashrc");

        result.ExitCode.Should().Be(0, result.Error);
        File.ReadAllText(run.InHome(".bashrc")).Should().Be("# seeded\n");
        File.Exists(Path.Combine(run.Root, "outside")).Should().BeFalse();
        File.Exists(run.InHome(".missing")).Should().BeFalse();
        Directory.GetFiles(run.Home).Select(Path.GetFileName).Should().BeEquivalentTo(".bashrc", "blocker");
        result.Log.Should().HaveCount(4);
        result.Log[0].Should().Be($"wsconf startup: seed: not seeding ~/.missing: {missing} is not a readable file");
        result.Log[1].Should().StartWith("wsconf startup: seed: not seeding '../outside': it must be a path inside the home");
        result.Log[2].Should().StartWith($"wsconf startup: seed: could not seed ~/blocker/file from {source}: ");
        result.Log[3].Should().Be($"wsconf startup: seed: seeded ~/.bashrc from {source}");
    }

    // ---- configure ----

    [Theory, Shell("sh"), Shell("busybox")]
    public void Configure_runs_the_image_script_in_the_home_with_HOME_exported(string shell)
    {
        using var run = new StartupRun(shell);
        var script = run.Executable("image/configure", "#!/bin/sh\nprintf '%s\\n%s\\n' \"$(pwd)\" \"$HOME\" > configured\n");

        var result = run.Step("configure", run.Home, script);

        result.ExitCode.Should().Be(0, result.Error);
        File.ReadAllLines(run.InHome("configured")).Should().Equal(run.Home, run.Home);
        result.Log.Should().Equal($"wsconf startup: configure: running {script}", $"wsconf startup: configure: {script} done");
    }

    [Theory, Shell("sh"), Shell("busybox")]
    public void A_home_below_the_volume_mount_is_created_on_a_fresh_claim(string shell)
    {
        using var run = new StartupRun(shell);
        var home = Path.Combine(run.Root, "volume", "jovyan");
        var script = run.Executable("image/configure", "#!/bin/sh\numask > umask\n");

        var result = run.Step("configure", home, script);

        result.ExitCode.Should().Be(0, result.Error);
        File.ReadAllText(Path.Combine(home, "umask")).Trim().Should().Be("0002", "what the steps create stays writable by the pod's group");
    }

    [Theory, Shell("sh"), Shell("busybox")]
    public void Configure_exits_with_the_status_of_the_image_script(string shell)
    {
        using var run = new StartupRun(shell);
        var script = run.Executable("image/configure", "#!/bin/sh\necho 'cannot configure' >&2\nexit 3\n");

        var result = run.Step("configure", run.Home, script);

        result.ExitCode.Should().Be(3);
        result.ErrorLines.Should().Contain("cannot configure");
        result.Log.Should().Equal($"wsconf startup: configure: running {script}", $"wsconf startup: configure: {script} failed with exit status 3");
    }

    [Theory, Shell("sh"), Shell("busybox")]
    public void Configure_is_skipped_when_the_image_has_no_script(string shell)
    {
        using var run = new StartupRun(shell);
        var script = Path.Combine(run.Root, "image", "configure");

        var result = run.Step("configure", run.Home, script);

        result.ExitCode.Should().Be(0, result.Error);
        result.Log.Should().Equal($"wsconf startup: configure: skipped: {script} not in the image");
    }

    [Theory, Shell("sh"), Shell("busybox")]
    public void Configure_is_skipped_when_the_image_script_is_not_executable(string shell)
    {
        using var run = new StartupRun(shell);
        var script = run.Write("image/configure", "#!/bin/sh\ntouch configured\nexit 3\n");

        var result = run.Step("configure", run.Home, script);

        result.ExitCode.Should().Be(0, result.Error);
        File.Exists(run.InHome("configured")).Should().BeFalse();
        result.Log.Should().Equal($"wsconf startup: configure: skipped: {script} is not executable");
    }

    // ---- personalize ----

    [Theory, Shell("sh"), Shell("busybox")]
    public void Personalize_runs_the_users_script_in_the_home(string shell)
    {
        using var run = new StartupRun(shell);
        run.Executable("home/personalize", "#!/bin/sh\nprintf '%s\\n%s\\n' \"$(pwd)\" \"$HOME\" > personalized\n");

        var result = run.Step("personalize", run.Home);

        result.ExitCode.Should().Be(0, result.Error);
        File.ReadAllLines(run.InHome("personalized")).Should().Equal(run.Home, run.Home);
        result.Log.Should().Equal("wsconf startup: personalize: running ~/personalize", "wsconf startup: personalize: ~/personalize done");
    }

    [Theory, Shell("sh"), Shell("busybox")]
    public void Personalize_logs_a_failure_and_exits_0(string shell)
    {
        using var run = new StartupRun(shell);
        run.Executable("home/personalize", "#!/bin/sh\ntouch personalized\nexit 42\n");

        var result = run.Step("personalize", run.Home);

        result.ExitCode.Should().Be(0, result.Error);
        File.Exists(run.InHome("personalized")).Should().BeTrue();
        result.Log.Should().Equal(
            "wsconf startup: personalize: running ~/personalize",
            "wsconf startup: personalize: ~/personalize failed with exit status 42; the workspace starts anyway");
    }

    [Theory, Shell("sh"), Shell("busybox")]
    public void Personalize_is_skipped_without_a_script(string shell)
    {
        using var run = new StartupRun(shell);

        var result = run.Step("personalize", run.Home);

        result.ExitCode.Should().Be(0, result.Error);
        result.Log.Should().Equal("wsconf startup: personalize: skipped: no ~/personalize");
    }

    [Theory, Shell("sh"), Shell("busybox")]
    public void Personalize_not_executable_is_skipped_with_a_hint(string shell)
    {
        using var run = new StartupRun(shell);
        run.Write("home/personalize", "#!/bin/sh\ntouch personalized\n");

        var result = run.Step("personalize", run.Home);

        result.ExitCode.Should().Be(0, result.Error);
        File.Exists(run.InHome("personalized")).Should().BeFalse();
        result.Log.Should().ContainSingle().Which.Should().StartWith("wsconf startup: personalize: skipped: ~/personalize is not executable").And.Contain("chmod +x ~/personalize");
    }

    // ---- dotfiles ----

    [Theory, Shell("sh", Git), Shell("busybox", Git)]
    public void Dotfiles_clones_and_runs_install_sh_in_the_clone(string shell)
    {
        using var run = new StartupRun(shell);
        var origin = run.Repository("origin", new()
        {
            ["install.sh"] = "printf '%s\\n%s\\n' \"$(pwd)\" \"$HOME\" > \"$HOME/installed\"\n",
            [".vimrc"] = "set number\n",
        });

        var result = run.Step("dotfiles", run.Home, origin);

        result.ExitCode.Should().Be(0, result.Error);
        File.ReadAllLines(run.InHome("installed")).Should().Equal(run.InHome(".dotfiles"), run.Home);
        File.Exists(run.InHome(".vimrc")).Should().BeFalse("an install script does the installing: nothing is linked");
        result.Log.Should().Equal(
            $"wsconf startup: dotfiles: cloning {origin} into ~/.dotfiles",
            "wsconf startup: dotfiles: running ~/.dotfiles/install.sh",
            "wsconf startup: dotfiles: ~/.dotfiles/install.sh done");
    }

    [Theory, Shell("sh", Git), Shell("busybox", Git)]
    public void Dotfiles_runs_the_first_install_script_directly_when_it_is_executable(string shell)
    {
        using var run = new StartupRun(shell);
        // An interpreter of its own proves the kernel ran the script (sh would just exit 9).
        var interpreter = run.Executable("interpreter", "#!/bin/sh\necho \"direct $1\" > \"$HOME/how\"\n");
        var origin = run.Repository("origin", new()
        {
            ["bootstrap"] = $"#!{interpreter}\nexit 9\n",
            ["setup.sh"] = "touch \"$HOME/setup-ran\"\n",
        }, executable: ["bootstrap"]);

        var result = run.Step("dotfiles", run.Home, origin);

        result.ExitCode.Should().Be(0, result.Error);
        File.ReadAllText(run.InHome("how")).Should().Be("direct ./bootstrap\n");
        File.Exists(run.InHome("setup-ran")).Should().BeFalse("bootstrap comes before setup.sh");
        result.Log.Should().Contain("wsconf startup: dotfiles: ~/.dotfiles/bootstrap done");
    }

    [Theory, Shell("sh", Git), Shell("busybox", Git)]
    public void Dotfiles_without_an_install_script_are_linked_into_the_home(string shell)
    {
        using var run = new StartupRun(shell);
        var origin = run.Repository("origin", new()
        {
            [".vimrc"] = "set number\n",
            [".bashrc"] = "# from dotfiles\n",
            [".profile"] = "# profile from dotfiles\n",
            [".inputrc"] = "set bell-style none\n",
            [".config/tool/config"] = "x = 1\n",
            [".gitignore"] = "*.swp\n",
            [".github/workflows/ci.yml"] = "on: push\n",
            ["README.md"] = "my dotfiles\n",
        });
        File.WriteAllText(run.InHome(".bashrc"), "# mine\n");
        File.CreateSymbolicLink(run.InHome(".profile"), "/old/target");
        File.WriteAllText(run.InHome(".inputrc"), "# mine\n");
        File.WriteAllText(run.InHome(".inputrc.before-dotfiles"), "# older\n");

        var result = run.Step("dotfiles", run.Home, origin);

        result.ExitCode.Should().Be(0, result.Error);
        foreach (var name in new[] { ".vimrc", ".bashrc", ".profile", ".config" })
        {
            new FileInfo(run.InHome(name)).LinkTarget.Should().Be(".dotfiles/" + name, $"~/{name} is linked");
        }

        File.ReadAllText(run.InHome(".vimrc")).Should().Be("set number\n");
        File.ReadAllText(run.InHome(".config/tool/config")).Should().Be("x = 1\n");
        File.ReadAllText(run.InHome(".bashrc.before-dotfiles")).Should().Be("# mine\n");
        File.ReadAllText(run.InHome(".inputrc")).Should().Be("# mine\n", "its .before-dotfiles name is taken");
        File.ReadAllText(run.InHome(".inputrc.before-dotfiles")).Should().Be("# older\n");
        new[] { ".gitignore", ".github", ".git", "README.md" }.Should().NotContain(n => File.Exists(run.InHome(n)) || Directory.Exists(run.InHome(n)));
        result.Log.Should().Contain([
            "wsconf startup: dotfiles: moved ~/.bashrc aside to ~/.bashrc.before-dotfiles",
            "wsconf startup: dotfiles: linked ~/.bashrc to ~/.dotfiles/.bashrc",
            "wsconf startup: dotfiles: linked ~/.profile to ~/.dotfiles/.profile",
            "wsconf startup: dotfiles: skipped ~/.inputrc: it is not a link, and ~/.inputrc.before-dotfiles exists already",
        ]);
    }

    [Theory, Shell("sh", Git), Shell("busybox", Git)]
    public void Dotfiles_are_pulled_on_the_next_start(string shell)
    {
        using var run = new StartupRun(shell);
        var origin = run.Repository("origin", new() { [".vimrc"] = "set number\n" });
        File.WriteAllText(run.InHome(".vimrc"), "# mine\n");
        run.Step("dotfiles", run.Home, origin).ExitCode.Should().Be(0);
        File.WriteAllText(run.InHome(".dotfiles/untracked"), "proves the clone stays\n");
        run.Commit(origin, new() { [".tmux.conf"] = "set -g mouse on\n", [".vimrc"] = "set number\nsyntax on\n" });

        var result = run.Step("dotfiles", run.Home, origin);

        result.ExitCode.Should().Be(0, result.Error);
        result.Log.Should().Contain("wsconf startup: dotfiles: pulling ~/.dotfiles").And.NotContain(l => l.Contains("cloning", StringComparison.Ordinal));
        File.Exists(run.InHome(".dotfiles/untracked")).Should().BeTrue("the second start pulls into the clone it made");
        File.ReadAllText(run.InHome(".tmux.conf")).Should().Be("set -g mouse on\n");
        File.ReadAllText(run.InHome(".vimrc")).Should().Be("set number\nsyntax on\n");
        File.ReadAllText(run.InHome(".vimrc.before-dotfiles")).Should().Be("# mine\n", "a link is relinked, never moved aside again");
        result.Log.Should().NotContain(l => l.Contains("aside", StringComparison.Ordinal));
    }

    [Theory, Shell("sh", Git), Shell("busybox", Git)]
    public void A_failed_pull_is_logged_and_the_clone_is_installed_as_it_is(string shell)
    {
        using var run = new StartupRun(shell);
        var origin = run.Repository("origin", new() { [".vimrc"] = "set number\n" });
        run.Step("dotfiles", run.Home, origin).ExitCode.Should().Be(0);
        File.Delete(run.InHome(".vimrc"));
        var moved = Path.Combine(run.Root, "moved");
        Directory.Move(origin, moved);

        var result = run.Step("dotfiles", run.Home, moved);

        result.ExitCode.Should().Be(0, result.Error);
        File.ReadAllText(run.InHome(".vimrc")).Should().Be("set number\n");
        result.Log.Should().Equal(
            $"wsconf startup: dotfiles: ~/.dotfiles comes from {origin}, not {moved}; to clone {moved} instead, remove ~/.dotfiles",
            "wsconf startup: dotfiles: pulling ~/.dotfiles",
            "wsconf startup: dotfiles: could not pull ~/.dotfiles; installing it as it is",
            "wsconf startup: dotfiles: linked ~/.vimrc to ~/.dotfiles/.vimrc");
    }

    [Theory, Shell("sh", Git), Shell("busybox", Git)]
    public void A_failing_install_script_is_logged_and_the_step_exits_0(string shell)
    {
        using var run = new StartupRun(shell);
        var origin = run.Repository("origin", new() { ["install.sh"] = "touch \"$HOME/partly\"\nexit 5\n" });

        var result = run.Step("dotfiles", run.Home, origin);

        result.ExitCode.Should().Be(0, result.Error);
        File.Exists(run.InHome("partly")).Should().BeTrue();
        result.Log.Should().Contain("wsconf startup: dotfiles: ~/.dotfiles/install.sh failed with exit status 5; the workspace starts anyway");
    }

    [Theory, Shell("sh", Git), Shell("busybox", Git)]
    public void A_repository_that_does_not_exist_is_logged_and_the_step_exits_0(string shell)
    {
        using var run = new StartupRun(shell);
        var origin = Path.Combine(run.Root, "no-such-repository");

        var result = run.Step("dotfiles", run.Home, origin);

        result.ExitCode.Should().Be(0, result.Error);
        Directory.Exists(run.InHome(".dotfiles")).Should().BeFalse();
        result.Log.Should().Equal(
            $"wsconf startup: dotfiles: cloning {origin} into ~/.dotfiles",
            $"wsconf startup: dotfiles: could not clone {origin}; no dotfiles this time");
    }

    [Theory, Shell("sh", Git), Shell("busybox", Git)]
    public void A_url_that_looks_like_an_option_is_only_a_url(string shell)
    {
        using var run = new StartupRun(shell);
        var pwned = Path.Combine(run.Root, "pwned");
        var url = $"--upload-pack=touch {pwned}";

        var result = run.Step("dotfiles", run.Home, url);

        result.ExitCode.Should().Be(0, result.Error);
        File.Exists(pwned).Should().BeFalse("git clone got the URL after --");
        result.Log.Should().Contain($"wsconf startup: dotfiles: could not clone {url}; no dotfiles this time");
    }

    [Theory, Shell("sh", Git), Shell("busybox", Git)]
    public void A_dotfiles_folder_that_is_not_a_repository_is_left_alone(string shell)
    {
        using var run = new StartupRun(shell);
        var origin = run.Repository("origin", new() { [".vimrc"] = "set number\n" });
        run.Write("home/.dotfiles/.vimrc", "# hand-made\n");

        var result = run.Step("dotfiles", run.Home, origin);

        result.ExitCode.Should().Be(0, result.Error);
        File.ReadAllText(run.InHome(".dotfiles/.vimrc")).Should().Be("# hand-made\n");
        File.Exists(run.InHome(".vimrc")).Should().BeFalse();
        result.Log.Should().Equal("wsconf startup: dotfiles: skipped: ~/.dotfiles exists but is not a git repository");
    }

    [Theory, Shell("sh"), Shell("busybox")]
    public void Dotfiles_are_skipped_when_the_image_has_no_git(string shell)
    {
        using var run = new StartupRun(shell);

        var result = run.Step(new Dictionary<string, string> { ["PATH"] = Path.Combine(run.Root, "empty-bin") }, "dotfiles", run.Home, "https://example.invalid/dots.git");

        result.ExitCode.Should().Be(0, result.Error);
        result.Log.Should().Equal("wsconf startup: dotfiles: skipped: git is not in the image");
    }

    [Theory, Shell("sh", Git), Shell("busybox", Git)]
    public void Dotfiles_with_a_key_reach_ssh_through_git_ssh(string shell)
    {
        using var run = new StartupRun(shell);
        var key = run.Write("secret/ssh-privatekey", "PRIVATE KEY\n", UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        var environment = run.FakeSsh(exitCode: 128);

        var result = run.Step(environment, "dotfiles", run.Home, "ssh://git@example.invalid/dots.git", key);

        result.ExitCode.Should().Be(0, result.Error);
        result.Log.Should().Contain("wsconf startup: dotfiles: could not clone ssh://git@example.invalid/dots.git; no dotfiles this time");
        var ssh = run.LastSshCall();
        ssh.KeyMode.Should().Be("600");
        ssh.KeyContent.Should().Be("PRIVATE KEY\n");
        ssh.KeyPath.Should().StartWith(run.PrivateTemp + "/").And.NotStartWith(run.Home);
        ssh.Args.Should().ContainInOrder("-o", "IdentitiesOnly=yes", "-o", "StrictHostKeyChecking=accept-new").And.Contain("git@example.invalid");
        ssh.Args.Should().Contain(a => a.StartsWith("git-upload-pack", StringComparison.Ordinal) && a.Contains("dots.git", StringComparison.Ordinal));
    }

    // ---- git-ssh ----

    [Theory, Shell("sh"), Shell("busybox")]
    public void Git_ssh_hands_ssh_a_private_copy_of_the_key_outside_the_home(string shell)
    {
        using var run = new StartupRun(shell);
        var key = run.Write("secret/ssh-privatekey", "PRIVATE KEY\n", UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        var environment = run.FakeSsh(exitCode: 7);

        var result = run.Step(environment, "git-ssh", key, "-p", "2222", "git@example.org", "git-upload-pack 'team/dots.git'");

        result.ExitCode.Should().Be(7, "ssh's exit status is git-ssh's");
        result.Log.Should().BeEmpty();
        var ssh = run.LastSshCall();
        ssh.Args.Should().Equal("-i", ssh.KeyPath, "-o", "IdentitiesOnly=yes", "-o", "StrictHostKeyChecking=accept-new", "-p", "2222", "git@example.org", "git-upload-pack 'team/dots.git'");
        ssh.KeyMode.Should().Be("600");
        ssh.KeyContent.Should().Be("PRIVATE KEY\n");
        Path.GetDirectoryName(ssh.KeyPath).Should().Be(Path.Combine(run.PrivateTemp, "wsconf-git-ssh-" + run.UserId));
        ssh.KeyPath.Should().NotStartWith(run.Home);
        File.GetUnixFileMode(Path.GetDirectoryName(ssh.KeyPath)!).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        File.WriteAllText(key, "ROTATED KEY\n");
        run.Step(environment, "git-ssh", key, "git@example.org").ExitCode.Should().Be(7);
        run.LastSshCall().KeyContent.Should().Be("ROTATED KEY\n", "the copy follows the Secret");
    }

    [Theory, Shell("sh"), Shell("busybox")]
    public void Git_ssh_without_the_key_file_exits_255(string shell)
    {
        using var run = new StartupRun(shell);
        var key = Path.Combine(run.Root, "secret", "ssh-privatekey");
        var environment = run.FakeSsh(exitCode: 0);

        var result = run.Step(environment, "git-ssh", key, "git@example.org");

        result.ExitCode.Should().Be(255);
        result.Log.Should().Equal($"wsconf startup: git-ssh: no readable key file {key}");
        run.SshWasCalled.Should().BeFalse();
    }

    [Theory, Shell("sh"), Shell("busybox")]
    public void Git_ssh_refuses_a_private_folder_that_is_a_symbolic_link(string shell)
    {
        using var run = new StartupRun(shell);
        var key = run.Write("secret/ssh-privatekey", "PRIVATE KEY\n");
        var environment = run.FakeSsh(exitCode: 0);
        var elsewhere = Directory.CreateDirectory(Path.Combine(run.Root, "elsewhere")).FullName;
        Directory.CreateSymbolicLink(Path.Combine(run.PrivateTemp, "wsconf-git-ssh-" + run.UserId), elsewhere);

        var result = run.Step(environment, "git-ssh", key, "git@example.org");

        result.ExitCode.Should().Be(255);
        result.Log.Should().ContainSingle().Which.Should().StartWith("wsconf startup: git-ssh: refusing ");
        Directory.GetFileSystemEntries(elsewhere).Should().BeEmpty();
        run.SshWasCalled.Should().BeFalse();
    }

    [Theory, Shell("sh", AsRoot = true), Shell("busybox", AsRoot = true)]
    public void Git_ssh_refuses_a_private_folder_of_another_user(string shell)
    {
        using var run = new StartupRun(shell);
        var key = run.Write("secret/ssh-privatekey", "PRIVATE KEY\n");
        var environment = run.FakeSsh(exitCode: 0);
        var folder = Directory.CreateDirectory(Path.Combine(run.PrivateTemp, "wsconf-git-ssh-" + run.UserId)).FullName;
        run.Exec(["chown", "12345", folder]).ExitCode.Should().Be(0);

        var result = run.Step(environment, "git-ssh", key, "git@example.org");

        result.ExitCode.Should().Be(255);
        result.Log.Should().Equal($"wsconf startup: git-ssh: refusing {folder}: it belongs to user 12345, not {run.UserId}");
        Directory.GetFileSystemEntries(folder).Should().BeEmpty();
        run.SshWasCalled.Should().BeFalse();
    }
}
