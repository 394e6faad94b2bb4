using FluentAssertions;
using WorkspaceConfigurator.Tests.Support;
using static WorkspaceConfigurator.Tests.Cli.Output.OutputFiles;

namespace WorkspaceConfigurator.Tests.Cli.Output;

/// <summary>
/// Container file systems, with real mounts: where a rename cannot replace the output, it is written in place with
/// a warning that says why, or refused with one line. Skipped (visibly) where the tests may not mount.
/// </summary>
public sealed class MountFallbackTests
{
    // Two profiles whose claims agree, so the only warnings are the ones under test.
    private static readonly string[] DumpManifests = ["dump-manifests", "--profile", "remote-desktop,jupyterlab", "--groups", "staff"];

    [FactWhenMountable]
    public void A_bind_mounted_file_is_written_in_place_with_a_warning()
    {
        using var folder = new TempFolder();
        var source = folder.File("source.yml");
        var target = Directory.CreateDirectory(folder.File("etc")).FullName + "/config.yml";
        File.WriteAllText(source, new string('x', 50_000));
        File.WriteAllText(target, "");
        using var mount = Mounts.Bind(source, target);

        var result = Run("-o", target);
        result.ExitCode.Should().Be(0, result.Error);
        result.ErrorLines.Should().Equal($"warning: {target}: written in place: it cannot be replaced by a rename (Device or resource busy: a bind-mounted file?)");
        File.ReadAllText(target).Should().Be(Expected);
        File.ReadAllText(source).Should().Be(Expected, "the mounted file itself got the content, truncated");
        Hidden(folder.File("etc")).Should().BeEmpty();
    }

    [FactWhenMountable]
    public void A_writable_file_in_a_read_only_folder_is_written_in_place_with_a_warning()
    {
        using var folder = new TempFolder();
        var etc = Directory.CreateDirectory(folder.File("etc")).FullName;
        var target = Path.Combine(etc, "config.yml");
        var source = folder.File("writable.yml");
        File.WriteAllText(target, "");
        File.WriteAllText(source, new string('x', 50_000));
        using var readOnly = Mounts.ReadOnly(etc);
        using var writable = Mounts.Bind(source, target);

        var result = Run("-o", target);
        result.ExitCode.Should().Be(0, result.Error);
        result.ErrorLines.Should().Equal($"warning: {target}: written in place: no temporary file can be created beside it (Read-only file system: a read-only folder?)");
        File.ReadAllText(source).Should().Be(Expected);
    }

    [FactWhenMountable]
    public void A_read_only_file_in_a_read_only_folder_is_one_line()
    {
        using var folder = new TempFolder();
        var etc = Directory.CreateDirectory(folder.File("etc")).FullName;
        var target = Path.Combine(etc, "config.yml");
        File.WriteAllText(target, "old\n");
        using var readOnly = Mounts.ReadOnly(etc);

        Run("-o", target).ShouldFailWith(1,
            $"cannot write '{target}': no temporary file can be created beside it (Read-only file system), and the file itself cannot be written (Read-only file system)");
        Run("-o", Path.Combine(etc, "new.yml")).ShouldFailWith(1, $"cannot write '{Path.Combine(etc, "new.yml")}': cannot create a file in '{etc}' (Read-only file system)");
        File.ReadAllText(target).Should().Be("old\n");
    }

    [FactWhenMountable]
    public void A_new_output_dir_in_a_read_only_folder_is_one_line()
    {
        using var folder = new TempFolder();
        var parent = Directory.CreateDirectory(folder.File("parent")).FullName;
        using var readOnly = Mounts.ReadOnly(parent);
        var dir = Path.Combine(parent, "out");
        CliRunner.Run([.. DumpManifests, "--output-dir", dir]).ShouldFailWith(1, $"cannot write '{dir}': no folder can be created in '{parent}' (Read-only file system)");
    }

    [FactWhenMountable]
    public void Output_dir_on_a_mount_point_replaces_its_profile_folders()
    {
        using var folder = new TempFolder();
        var dir = Directory.CreateDirectory(folder.File("out")).FullName;
        using var mount = Mounts.Tmpfs(dir);
        Directory.CreateDirectory(Path.Combine(dir, "remote-desktop"));
        File.WriteAllText(Path.Combine(dir, "remote-desktop", "stale.yaml"), "old");

        var result = CliRunner.Run([.. DumpManifests, "--output-dir", dir]);
        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().BeEmpty();
        File.Exists(Path.Combine(dir, "remote-desktop", "stale.yaml")).Should().BeFalse();
        File.Exists(Path.Combine(dir, "jupyterlab", "kustomization.yaml")).Should().BeTrue();
        Hidden(dir).Should().BeEmpty();
        Hidden(folder.Path).Should().BeEmpty();
    }

    [FactWhenMountable]
    public void Output_dir_that_is_writable_under_a_read_only_parent_works()
    {
        using var folder = new TempFolder();
        var parent = Directory.CreateDirectory(folder.File("parent")).FullName;
        var dir = Directory.CreateDirectory(Path.Combine(parent, "out")).FullName;
        using var readOnly = Mounts.ReadOnly(parent);
        using var writable = Mounts.Tmpfs(dir);

        CliRunner.Run([.. DumpManifests, "--output-dir", dir]).ExitCode.Should().Be(0);
        var again = CliRunner.Run([.. DumpManifests, "--output-dir", dir, "--image", "example.org/new:2"]);
        again.ExitCode.Should().Be(0, again.Error);
        File.ReadAllText(Path.Combine(dir, "remote-desktop", "pod-jupyter-jovyan.yaml")).Should().Contain("example.org/new:2");
        Hidden(dir).Should().BeEmpty();
    }

    [FactWhenMountable]
    public void A_profile_folder_that_is_a_mount_point_is_written_in_place_with_a_warning()
    {
        using var folder = new TempFolder();
        var dir = folder.File("out");
        CliRunner.Run([.. DumpManifests, "--output-dir", dir]).ExitCode.Should().Be(0);
        var desktop = Path.Combine(dir, "remote-desktop");
        using var mount = Mounts.Tmpfs(desktop);
        File.WriteAllText(Path.Combine(desktop, "stale.yaml"), "old");
        File.WriteAllText(Path.Combine(desktop, "pod-jupyter-jovyan.yaml"), new string('x', 50_000));

        var result = CliRunner.Run([.. DumpManifests, "--output-dir", dir]);
        result.ExitCode.Should().Be(0, result.Error);
        result.ErrorLines.Should().Equal($"warning: {desktop}: written in place: it cannot be replaced by a rename (Device or resource busy: a mount point?)");
        File.Exists(Path.Combine(desktop, "stale.yaml")).Should().BeFalse();
        File.ReadAllText(Path.Combine(desktop, "pod-jupyter-jovyan.yaml")).Should().StartWith("apiVersion: v1\nkind: Pod").And.NotContain("xxx");
        Hidden(dir).Should().BeEmpty();
    }

    [FactWhenMountable("overlay")]
    public void A_profile_folder_of_an_overlays_lower_layer_is_written_in_place_with_a_warning()
    {
        using var folder = new TempFolder();
        var lower = Directory.CreateDirectory(folder.File("lower")).FullName;
        CliRunner.Run([.. DumpManifests, "--output-dir", Path.Combine(lower, "out")]).ExitCode.Should().Be(0);
        File.WriteAllText(Path.Combine(lower, "out", "remote-desktop", "stale.yaml"), "old");
        var merged = Directory.CreateDirectory(folder.File("merged")).FullName;
        Directory.CreateDirectory(folder.File("upper"));
        Directory.CreateDirectory(folder.File("work"));
        using var overlay = Mounts.Overlay(lower, folder.File("upper"), folder.File("work"), merged);

        var dir = Path.Combine(merged, "out");
        var result = CliRunner.Run([.. DumpManifests, "--output-dir", dir, "--image", "example.org/new:2"]);
        result.ExitCode.Should().Be(0, result.Error);
        result.ErrorLines.Should().Contain($"warning: {Path.Combine(dir, "remote-desktop")}: written in place: it cannot be replaced by a rename (Invalid cross-device link: a folder of an overlay's lower layer?)");
        File.Exists(Path.Combine(dir, "remote-desktop", "stale.yaml")).Should().BeFalse();
        File.ReadAllText(Path.Combine(dir, "remote-desktop", "pod-jupyter-jovyan.yaml")).Should().Contain("example.org/new:2");
        Hidden(dir).Should().BeEmpty();
    }
}
