using FluentAssertions;
using WorkspaceConfigurator.Resolve;

namespace WorkspaceConfigurator.Tests.Resolve;

/// <summary>A declared pattern constrains the whole value, as the same pattern in the values schema does.</summary>
public sealed class ConstraintCheckTests
{
    private static readonly SettingKey<string> Channel = new("site_channel", SettingTypes.NonEmptyText, "release channel");

    private static readonly SettingDeclaration Declaration = new(Channel, "stable", () => new SettingSource(SettingOrigin.Class, "Test"))
    {
        Constraints = new() { Pattern = "[a-z]+", PatternMessage = "a lower-case word" },
    };

    [Theory]
    [InlineData("stable")]
    [InlineData("beta")]
    public void A_value_that_matches_passes(string value) =>
        ConstraintCheck.Problem(Declaration, value, "p").Should().BeNull();

    [Theory]
    [InlineData("Stable")]
    [InlineData("stable beta")]
    [InlineData("stable\n")]
    [InlineData("\nstable")]
    public void A_value_that_does_not_match_as_a_whole_is_refused_with_the_pattern_message(string value) =>
        ConstraintCheck.Problem(Declaration, value, "p").Should().EndWith("is not a lower-case word");
}
