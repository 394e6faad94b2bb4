using System.Text.RegularExpressions;
using CsCheck;
using FluentAssertions;

namespace WorkspaceConfigurator.Tests.Robustness;

/// <summary>
/// The name and quantity checks are hand-written scans (regular expressions cost start-up time); the patterns they
/// replace serve here as oracles over thousands of generated strings.
/// </summary>
public sealed class ScannerOracleTests
{
    private const string Alphabet = "az09AZ-_.:/+eEiKMGTPnumk ~{}";

    private const int Count = 20000;

    private static readonly Gen<string> Inputs = Gen.Char[Alphabet].Array[0, 11].Select(chars => new string(chars));

    [Fact]
    public void Names_agree_with_the_kubernetes_patterns()
    {
        var label = new Regex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$");
        var subdomain = new Regex(@"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$");
        var dataKey = new Regex("^[-._a-zA-Z0-9]+$");
        var part = new Regex("^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$");
        var env = new Regex("^[-._a-zA-Z][-._a-zA-Z0-9]*$");
        SeededCases.Check(Inputs, 1, Count, s =>
        {
            Names.IsDnsLabel(s).Should().Be(s.Length <= 63 && label.IsMatch(s), s);
            Names.IsDnsSubdomain(s).Should().Be(s.Length <= 253 && subdomain.IsMatch(s), s);
            Names.IsDataKey(s).Should().Be(dataKey.IsMatch(s), s);
            Names.IsLabelValue(s).Should().Be(s.Length == 0 || (s.Length <= 63 && part.IsMatch(s)), s);
            Names.IsEnvVarName(s).Should().Be(env.IsMatch(s), s);
        }, HostileStrings.Quote);
    }

    [Fact]
    public void Quantities_agree_with_the_kubernetes_grammar()
    {
        var grammar = new Regex(@"^([0-9]+(\.[0-9]*)?|\.[0-9]+)([KMGTPE]i|[eE][-+]?[0-9]+|[numkMGTPE])?$");
        var hub = new Regex(@"^[0-9]+(\.[0-9]+)?[KMGT]$");
        SeededCases.Check(Inputs, 2, Count, s =>
        {
            var parsed = Quantity.TryParse(s, out _, out var error);
            var tooLarge = error.Contains("too large", StringComparison.Ordinal);
            (parsed || tooLarge).Should().Be(grammar.IsMatch(s), s);
            if (hub.IsMatch(s) && Memory.TryParse(s, out var memory, out _))
            {
                memory.ToHubString().Should().MatchRegex(@"^\d+(\.\d+)?[KMGT]$");
            }
        }, HostileStrings.Quote);
    }
}
