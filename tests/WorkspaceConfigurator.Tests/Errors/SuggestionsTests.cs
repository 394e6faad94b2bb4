using FluentAssertions;
using WorkspaceConfigurator.Errors;

namespace WorkspaceConfigurator.Tests.Errors;

/// <summary>"Did you mean": the closest names first, a name typed in part counts as close, ties in ordinal order.</summary>
public sealed class SuggestionsTests
{
    private static readonly string[] Profiles = ["coder", "coder-gpu", "jupyterlab", "remote-desktop"];

    [Fact]
    public void A_typo_suggests_the_name_it_nearly_spells_and_not_the_one_it_only_starts_with()
    {
        Suggestions.Closest("coder-gpuu", Profiles, 2).Should().Equal("coder-gpu");
        Suggestions.Closest("jupyterlib", Profiles, 2).Should().Equal("jupyterlab");
    }

    [Fact]
    public void A_name_typed_in_part_suggests_the_names_it_starts() =>
        Suggestions.Closest("cod", Profiles, 3).Should().Equal("coder", "coder-gpu");

    [Fact]
    public void Nothing_close_suggests_nothing_and_max_caps_the_list()
    {
        Suggestions.Closest("kubernetes", Profiles, 3).Should().BeEmpty();
        Suggestions.Closest("c", Profiles, 1).Should().Equal("coder");
    }

    [Fact]
    public void Underscore_and_dash_are_one_character_to_the_distance()
    {
        Suggestions.Distance("cpu_limit", "cpu-limit").Should().Be(0);
        Suggestions.Distance("kitten", "sitting").Should().Be(3);
    }
}
