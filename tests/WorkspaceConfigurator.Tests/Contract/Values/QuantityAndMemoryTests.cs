using FluentAssertions;

namespace WorkspaceConfigurator.Tests.Contract.Values;

public sealed class QuantityAndMemoryTests
{
    [Theory]
    [InlineData("10Gi", 10737418240)]
    [InlineData("500Mi", 524288000)]
    [InlineData("1.5", 1.5)]
    [InlineData("500m", 0.5)]
    [InlineData("1e3", 1000)]
    [InlineData("2E2", 200)]
    [InlineData("1k", 1000)]
    [InlineData("1E", 1e18)]
    [InlineData(".5", 0.5)]
    public void Parses_kubernetes_quantities(string text, double value)
    {
        var quantity = Quantity.Parse(text);
        ((double)quantity.Value).Should().BeApproximately(value, 1e-9);
        quantity.Text.Should().Be(text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Gi")]
    [InlineData("-1Gi")]
    [InlineData("10 Gi")]
    [InlineData("10GB")]
    [InlineData("1e999")]
    [InlineData("99999999999999999999999999999Ei")]
    public void Refuses_what_is_not_a_quantity(string text)
    {
        Quantity.TryParse(text, out _, out var error).Should().BeFalse();
        error.Should().NotBeEmpty();
    }

    [Fact]
    public void Equal_values_compare_equal_whatever_the_spelling() =>
        Quantity.Parse("1Gi").Should().Be(Quantity.Parse("1024Mi"));

    [Theory]
    [InlineData("6Gi", "6G", "6Gi")]
    [InlineData("6G", "6G", "6Gi")]
    [InlineData("1536Mi", "1536M", "1536Mi")]
    [InlineData("1.5G", "1536M", "1536Mi")]
    [InlineData("2Ti", "2T", "2Ti")]
    [InlineData("1000", "0.9765625K", "1000")]
    [InlineData("6e9", "5859375K", "5859375Ki")]
    [InlineData("512Ki", "512K", "512Ki")]
    public void Memory_converts_between_the_hub_and_kubernetes_forms(string text, string hub, string kubernetes)
    {
        var memory = Memory.Parse(text);
        memory.ToHubString().Should().Be(hub).And.MatchRegex(@"^\d+(\.\d+)?[KMGT]$");
        memory.ToKubernetesString().Should().Be(kubernetes);
    }

    [Theory]
    [InlineData("100m")]
    [InlineData("0")]
    [InlineData("0.1K")]
    [InlineData("six")]
    public void Memory_refuses_fractions_of_a_byte_zero_and_words(string text) =>
        Memory.TryParse(text, out _, out _).Should().BeFalse();

    [Theory]
    [InlineData("my-volume", true)]
    [InlineData("a", true)]
    [InlineData("My_Volume", false)]
    [InlineData("vol.1", false)]
    [InlineData("-vol", false)]
    public void Dns_labels(string name, bool valid) => Names.IsDnsLabel(name).Should().Be(valid);

    [Fact]
    public void Value_collections_compare_by_content()
    {
        ValueList.Of("a", "b").Equals(ValueList.Of("a", "b")).Should().BeTrue();
        ValueList.Of("a", "b").Equals(ValueList.Of("b", "a")).Should().BeFalse();
        ValueMap.Of(("k", 1)).Merge([new("k", 2), new("j", 3)]).Equals(ValueMap.Of(("k", 2), ("j", 3))).Should().BeTrue();
        ValueMap.Of(("k", 1), ("j", 3)).Equals(ValueMap.Of(("j", 3), ("k", 1))).Should().BeFalse();
    }
}
