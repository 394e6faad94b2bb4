using FluentAssertions;
using WorkspaceConfigurator.Tests.Support;
using static WorkspaceConfigurator.Tests.Cli.Output.OutputFiles;

namespace WorkspaceConfigurator.Tests.Cli.Output;

/// <summary>A replaced output file keeps its mode and owner; a read-only one needs --force.</summary>
public sealed class KeptModeAndOwnerTests
{
    [TheoryOnLinux]
    [InlineData("600")]
    [InlineData("640")]
    [InlineData("755")]
    public void Replacing_a_file_keeps_its_mode(string mode)
    {
        using var folder = new TempFolder();
        var path = folder.File("config.yml");
        File.WriteAllText(path, "old\n");
        SetMode(path, mode);
        Run("-o", path).ExitCode.Should().Be(0);
        File.ReadAllText(path).Should().Be(Expected);
        Mode(path).Should().Be(mode);
        Hidden(folder.Path).Should().BeEmpty();
    }

    [FactOnLinux]
    public void A_new_file_gets_the_mode_any_new_file_gets()
    {
        using var folder = new TempFolder();
        var reference = folder.File("reference");
        File.WriteAllText(reference, "");
        Run("-o", folder.File("config.yml")).ExitCode.Should().Be(0);
        Mode(folder.File("config.yml")).Should().Be(Mode(reference));
    }

    [FactOnLinux]
    public void A_read_only_file_is_refused_with_one_line_and_left_as_it_was()
    {
        using var folder = new TempFolder();
        var path = folder.File("config.yml");
        File.WriteAllText(path, "old\n");
        SetMode(path, "444");
        Run("-o", path).ShouldFailWith(1, $"cannot write '{path}': it is read-only (mode 0444); give --force to replace it");
        File.ReadAllText(path).Should().Be("old\n");
        Hidden(folder.Path).Should().BeEmpty();
    }

    [FactOnLinux]
    public void Force_replaces_a_read_only_file_and_it_stays_read_only()
    {
        using var folder = new TempFolder();
        var path = folder.File("config.yml");
        File.WriteAllText(path, "old\n");
        SetMode(path, "444");
        var result = Run("-o", path, "--force");
        result.ExitCode.Should().Be(0, result.Error);
        File.ReadAllText(path).Should().Be(Expected);
        Mode(path).Should().Be("444");
    }

    [FactWhenRoot]
    public void Root_replacing_a_users_file_leaves_it_the_users()
    {
        using var folder = new TempFolder();
        var path = folder.File("config.yml");
        File.WriteAllText(path, "old\n");
        Chown(path, "1234:4321");
        SetMode(path, "600");
        Run("-o", path).ExitCode.Should().Be(0);
        Owner(path).Should().Be("1234:4321");
        Mode(path).Should().Be("600");
        File.ReadAllText(path).Should().Be(Expected);
    }

    [FactWhenRoot]
    public void Output_dir_keeps_the_mode_and_owner_of_replaced_profile_folders_and_files()
    {
        using var folder = new TempFolder();
        var dir = folder.File("out");
        CliRunner.Run("dump-manifests", "--profile", "coder", "--groups", "staff", "--output-dir", dir).ExitCode.Should().Be(0);
        var profile = Path.Combine(dir, "coder");
        var pod = Path.Combine(profile, "pod-jupyter-jovyan.yaml");
        Chown(profile, "1234:4321");
        Chown(pod, "1234:4321");
        SetMode(profile, "750");
        SetMode(pod, "600");

        var result = CliRunner.Run("dump-manifests", "--profile", "coder", "--groups", "staff", "--output-dir", dir, "--image", "example.org/new:2");
        result.ExitCode.Should().Be(0, result.Error);
        File.ReadAllText(pod).Should().Contain("example.org/new:2");
        (Mode(profile), Owner(profile)).Should().Be(("750", "1234:4321"));
        (Mode(pod), Owner(pod)).Should().Be(("600", "1234:4321"));
        Mode(Path.Combine(profile, "kustomization.yaml")).Should().NotBe("600", "only the file that was 0600 is");
    }

    [FactOnLinux]
    public void Output_dir_refuses_a_read_only_profile_folder_or_file_unless_forced()
    {
        using var folder = new TempFolder();
        var dir = folder.File("out");
        string[] args = ["dump-manifests", "--profile", "coder", "--groups", "staff", "--output-dir", dir];
        CliRunner.Run(args).ExitCode.Should().Be(0);
        var pod = Path.Combine(dir, "coder", "pod-jupyter-jovyan.yaml");
        SetMode(pod, "444");
        File.AppendAllText(pod, "# mine\n");
        CliRunner.Run(args).ShouldFailWith(1, $"cannot write '{Path.Combine(dir, "coder", "pod-jupyter-jovyan.yaml")}': it is read-only (mode 0444); give --force to replace it");
        File.ReadAllText(pod).Should().EndWith("# mine\n");
        Hidden(dir).Should().BeEmpty();

        SetMode(Path.Combine(dir, "coder"), "555");
        CliRunner.Run(args).ShouldFailWith(1, $"cannot write '{Path.Combine(dir, "coder")}': it is read-only (mode 0555); give --force to replace it");

        var forced = CliRunner.Run([.. args, "--force"]);
        forced.ExitCode.Should().Be(0, forced.Error);
        File.ReadAllText(pod).Should().NotContain("# mine");
        (Mode(Path.Combine(dir, "coder")), Mode(pod)).Should().Be(("555", "444"));
        SetMode(Path.Combine(dir, "coder"), "755");
    }
}
