using System.Globalization;
using System.Text;
using FluentAssertions;
using WorkspaceConfigurator.Tests.Support;

namespace WorkspaceConfigurator.Tests.Layers;

/// <summary>
/// What every values-file error line shares: the same bytes each time the same file is read, no control character
/// (whatever the file holds) and no stack trace, and the file named as it was given.
/// </summary>
public sealed class ValuesErrorMessageTests
{
    // One file per class of error, from the reader to the catalogue to the site patches applied at build.
    [Theory]
    [InlineData("syntax", "profiles:\n  coder:\n    cpu_limit: a: b\n")]
    [InlineData("duplicate key", "profiles:\n  coder:\n    env:\n      A: x\n      A: y\n")]
    [InlineData("unknown key", "profiles:\n  coder:\n    cpu_limt: 2\n")]
    [InlineData("unknown field in global", "global:\n  shm_size: 1Gi\n")]
    [InlineData("wrong type", "profiles:\n  coder:\n    cpu_limit: 0.5\n")]
    [InlineData("item field", "profiles:\n  coder:\n    role_bindings:\n      rb:\n        role: {name: r, resources: [pods], verbs: [\"*\"]}\n")]
    [InlineData("patch strategy", "profiles:\n  coder:\n    node_selector:\n      $patch: merge\n")]
    [InlineData("reader limit", "profiles:\n  coder:\n    display_name: !custom x\n")]
    [InlineData("unknown reference", "profiles:\n  my-coder:\n    extends: codr\n")]
    [InlineData("cycle", "profiles:\n  team-a:\n    extends: team-b\n  team-b:\n    profiles: [team-a]\n")]
    [InlineData("new profile", "profiles:\n  codr:\n    cpu_limit: 2\n")]
    [InlineData("incomplete item", "profiles:\n  coder:\n    volumes:\n      data: {claim_name: data, size: 1Gi, mount_path: /data}\n")]
    [InlineData("content file", "profiles:\n  coder:\n    config_maps:\n      motd: {key: motd, content_file: motd.txt}\n")]
    public void The_same_file_read_twice_gives_the_same_bytes(string kind, string yaml)
    {
        using var site = new SiteValues();
        site.Add(yaml);
        var first = site.Run("dump-config", "--profile", "coder,coder-gpu,jupyterlab");
        var second = site.Run("dump-config", "--profile", "coder,coder-gpu,jupyterlab");
        first.ExitCode.Should().BeOneOf([ExitCodes.Usage, ExitCodes.Invalid], kind);
        first.Error.Should().StartWith("error: ", kind);
        Encoding.UTF8.GetBytes(second.Error).Should().Equal(Encoding.UTF8.GetBytes(first.Error), kind);
        second.ExitCode.Should().Be(first.ExitCode);
    }

    [Theory]
    [InlineData("cpu_limit: 0.5")]
    [InlineData("mem_limit: 1,5G")]
    [InlineData("volumes: {data: {size: 1.5Ti, access_modes: [readwriteonce]}}")]
    public void An_error_line_does_not_depend_on_the_culture(string entry)
    {
        using var site = new SiteValues();
        site.Add($"profiles:\n  coder:\n    {entry}\n");
        var invariant = site.Run("dump-config").Error;
        invariant.Should().StartWith("error: ");
        var culture = CultureInfo.CurrentCulture;
        try
        {
            foreach (var name in new[] { "de-DE", "tr-TR" })
            {
                CultureInfo.CurrentCulture = new CultureInfo(name);
                site.Run("dump-config").Error.Should().Be(invariant, name);
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    // Keys and values carrying control characters (escapes in double quotes), in every place a message quotes them.
    [Theory]
    [InlineData("unknown top-level key", "\"glo\\ebal\": {}\n", "glo\\x1bbal")]
    [InlineData("unknown setting", "profiles:\n  coder:\n    \"cpu\\e[31mlimit\": 1\n", "cpu\\x1b[31mlimit")]
    [InlineData("bad value", "profiles:\n  coder:\n    cpu_limit: \"\\e[2J\"\n", "'\\x1b[2J'")]
    [InlineData("bad map key", "profiles:\n  coder:\n    env:\n      \"A\\aB\": x\n", "A\\x07B")]
    [InlineData("bad item key", "profiles:\n  coder:\n    config_maps:\n      m:\n        \"mo\\e[0mde\": x\n", "mo\\x1b[0mde")]
    [InlineData("bad item value", "profiles:\n  coder:\n    volumes:\n      v:\n        size: \"1\\rGi\"\n", "'1\\rGi'")]
    [InlineData("unknown reference", "profiles:\n  mine:\n    extends: \"co\\tder\"\n", "'co\\tder'")]
    [InlineData("invalid slug", "profiles:\n  \"my\\ncoder\":\n    extends: coder\n", "'my\\ncoder'")]
    [InlineData("patch strategy", "profiles:\n  coder:\n    env:\n      $patch: \"\\x1b\"\n", "'\\x1b'")]
    [InlineData("duplicate key", "profiles:\n  coder:\n    env:\n      \"\\b\": x\n      \"\\b\": y\n", "duplicate key '\\x08'")]
    [InlineData("tag", "profiles:\n  coder:\n    display_name: !e%07x x\n", "'!e\\x07x'")]
    public void No_error_line_holds_a_control_character_or_a_stack_trace(string kind, string yaml, string escaped)
    {
        using var site = new SiteValues();
        site.Add(yaml);
        foreach (var args in new[] { new[] { "dump-config" }, ["describe", "coder"], ["list"], ["validate"], ["dump-manifests"], ["--verbose", "list"] })
        {
            var result = site.Run(args);
            result.ExitCode.Should().BeOneOf([ExitCodes.Usage, ExitCodes.Invalid], kind);
            var line = result.Error.Split('\n')[0];
            line.Should().StartWith($"error: {site.Files[0]}:").And.Contain(escaped, kind);
            line.Where(char.IsControl).Should().BeEmpty(kind);
            if (args[0] != "--verbose")
            {
                result.Error.Should().Be(line + "\n", "one line, no stack trace");
                result.Error.Should().NotContain("Exception").And.NotContain("   at ");
            }
        }
    }

    [Fact]
    public void The_file_is_named_as_it_was_given()
    {
        using var site = new SiteValues();
        var absolute = site.Write("site.yaml", "profiles:\n  coder:\n    cpu_limit: lots\n");
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), absolute);
        relative.Should().NotBe(absolute);
        RefusedValues.Of([relative], ExitCodes.Usage).At(3, 16, "profiles.coder.cpu_limit", "'lots' is not a number of CPUs");
        site.Write("sub/notes.txt", "");
        var dotted = Path.Combine(site.Folder, ".", "sub", "..", "site.yaml");
        RefusedValues.Of([dotted], ExitCodes.Usage).At(3, 16, "profiles.coder.cpu_limit");
    }
}
