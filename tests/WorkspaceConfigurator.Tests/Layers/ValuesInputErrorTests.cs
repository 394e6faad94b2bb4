using System.Text;
using FluentAssertions;
using WorkspaceConfigurator.Tests.Support;

namespace WorkspaceConfigurator.Tests.Layers;

/// <summary>
/// Values files refused before their meaning is looked at: YAML tags, an alias bomb, a file over the size limit, bytes
/// that are not UTF-8, and paths that name no file (missing, a folder, empty, from WSCONF_VALUES). One line, exit 2,
/// and nothing written (<see cref="RefusedValues"/>).
/// </summary>
public sealed class ValuesInputErrorTests
{
    [Theory]
    [InlineData("display_name: !!python/object/apply:os.system [\"x\"]", 19, "display_name", "'!!python/object/apply:os.system'")]
    [InlineData("display_name: !custom x", 19, "display_name", "'!custom'")]
    [InlineData("env: !!map {A: b}", 10, "env", "'!!map'")]
    [InlineData("groups: [!!str staff]", 14, "groups[0]", "'!!str'")]
    [InlineData("!!str cpu_limit: 2", 5, "cpu_limit", "'!!str'")]
    public void A_yaml_tag_is_refused_where_it_is_written(string entry, int column, string path, string tag) =>
        RefusedValues.Of($"profiles:\n  coder:\n    {entry}\n", ExitCodes.Usage)
            .At(3, column, $"profiles.coder.{path}", $"YAML tags are not supported ({tag}); write plain values");

    [Fact]
    public void An_alias_bomb_is_refused_at_the_alias_that_crosses_the_limit()
    {
        var yaml = new StringBuilder("global:\n  env:\n    A: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n");
        for (var level = 1; level < 9; level++)
        {
            var (name, previous) = ((char)('a' + level), (char)('a' + level - 1));
            yaml.Append($"    {char.ToUpperInvariant(name)}: &{name} [{string.Join(", ", Enumerable.Repeat($"*{previous}", 9))}]\n");
        }

        // 9^7 lists of 9 texts stand for more than a million nodes: the first alias of G crosses the limit.
        RefusedValues.Of(yaml.ToString(), ExitCodes.Usage)
            .At(9, 12, "global.env.G[0]", "aliases expand to more than 1000000 nodes (an alias bomb?); write the values out");
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_unread()
    {
        using var site = new SiteValues();
        var values = site.Write("large.yaml", "");
        using (var stream = File.OpenWrite(values))
        {
            var line = Encoding.ASCII.GetBytes("# " + new string('x', 1021) + "\n");
            for (var i = 0; i < 17 * 1024; i++)
            {
                stream.Write(line);
            }
        }

        RefusedValues.Of([values], ExitCodes.Usage)
            .At(1, 1, "", "the file is 17825792 bytes, more than the 16 MiB a values file may hold");
    }

    [Fact]
    public void Bytes_that_are_not_utf8_are_refused_where_they_are()
    {
        using var site = new SiteValues();
        var values = site.Write("latin1.yaml", "");
        File.WriteAllBytes(values, [.. Encoding.ASCII.GetBytes("profiles:\n  coder:\n    display_name: Caf"), 0xE9, (byte)'\n']);
        RefusedValues.Of([values], ExitCodes.Usage).At(3, 22, "", "not valid UTF-8 (byte 0xE9); save the file as UTF-8");
    }

    [Fact]
    public void A_missing_values_file_is_refused()
    {
        using var site = new SiteValues();
        RefusedValues.Of([Path.Combine(site.Folder, "site.yaml")], ExitCodes.Usage).At(1, 1, "", "cannot read the file: no such file");
    }

    [Fact]
    public void A_values_file_in_a_missing_folder_is_refused()
    {
        using var site = new SiteValues();
        RefusedValues.Of([Path.Combine(site.Folder, "nowhere", "site.yaml")], ExitCodes.Usage).At(1, 1, "", "cannot read the file: no such file");
    }

    [Fact]
    public void A_folder_given_as_values_file_is_refused()
    {
        using var site = new SiteValues();
        RefusedValues.Of([site.Folder], ExitCodes.Usage).At(1, 1, "", "cannot read the file: it is a folder");
    }

    [Fact]
    public void An_empty_values_option_is_refused() =>
        RefusedValues.Error(ExitCodes.Usage, new Dictionary<string, string>(), ["-f", ""], [])
            .Should().Be("error: --values needs a file, not an empty value");

    [Fact]
    public void A_missing_file_named_by_wsconf_values_is_refused_by_its_name()
    {
        using var site = new SiteValues();
        var missing = Path.Combine(site.Folder, "site.yaml");
        RefusedValues.Error(ExitCodes.Usage, new Dictionary<string, string> { ["WSCONF_VALUES"] = missing }, [], [])
            .Should().Be($"error: {missing}:1:1: cannot read the file: no such file");
    }

    [Fact]
    public void A_missing_file_after_a_good_one_in_wsconf_values_is_refused_by_its_name()
    {
        using var site = new SiteValues();
        var good = site.Write("good.yaml", "profiles:\n  coder:\n    cpu_limit: 4\n");
        var missing = Path.Combine(site.Folder, "missing.yaml");
        RefusedValues.Error(ExitCodes.Usage, new Dictionary<string, string> { ["WSCONF_VALUES"] = $"{good}{Path.PathSeparator}{missing}" }, [], [])
            .Should().Be($"error: {missing}:1:1: cannot read the file: no such file");
    }

    [Fact]
    public void A_bad_file_named_by_wsconf_values_is_refused_at_its_culprit()
    {
        using var site = new SiteValues();
        var values = site.Write("site.yaml", "profiles:\n  coder:\n    cpu_limit: lots\n");
        RefusedValues.Error(ExitCodes.Usage, new Dictionary<string, string> { ["WSCONF_VALUES"] = values }, [], [])
            .Should().StartWith($"error: {values}:3:16: profiles.coder.cpu_limit: 'lots' is not a number of CPUs");
    }
}
