using FluentAssertions;
using WorkspaceConfigurator.Hub;
using WorkspaceConfigurator.Layers.HubFiles;

namespace WorkspaceConfigurator.Tests.Hub;

/// <summary>
/// The names KubeSpawner 7 derives from a JupyterHub user name. The expected values were worked out by hand from
/// KubeSpawner's slugs.py and escapism (hashes: the first 8 hex digits of SHA-256 of the UTF-8 name, and for a
/// joined slug of the name, the byte 0xFF and the empty server name).
/// </summary>
public sealed class KubeSpawnerSlugsTests
{
    private const string FiftyFive = "uxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";

    [Theory]
    [InlineData("alice", "alice")]
    [InlineData("Bob.Smith@example.org", "bob-smith-example-org---da50e6af")]
    [InlineData(FiftyFive, "uxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx---5424dab9")]
    [InlineData("jo--hn", "jo-hn---c1b5b537")]
    [InlineData("1337", "x-1337---5db1fee4")]
    [InlineData("-dash-", "dash---d02d5ecb")]
    [InlineData("Zoë", "zo---c6a12698")]
    [InlineData("a_b", "a-b---648fa9b3")]
    [InlineData("\u0130x", "i-x---3020b9f2")]
    public void Safe_user_name_within_48_characters(string user, string expected) =>
        KubeSpawnerSlugs.SafeSlug(user, KubeSpawnerSlugs.TemplatePartLength).Should().Be(expected);

    [Theory]
    [InlineData("alice", "jupyter-alice")]
    [InlineData("Bob.Smith@example.org", "jupyter-bob-smith-example-org---da50e6af")]
    [InlineData(FiftyFive, "jupyter-uxxxxxxxxxxxxxxxx--x---5bcc1ffa")]
    [InlineData("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "jupyter-xxxxxxxxxxxxxxxxx--x---cfcbdd85")]
    public void Default_pod_name_joins_user_and_empty_server_name_with_one_hash_when_too_long(string user, string expected) =>
        SpawnUser.PodName(user, HubSettings.Defaults).Should().Be(expected);

    [Theory]
    [InlineData("alice", "alice")]
    [InlineData("Bob.Smith@example.org", "bob-smith-example-org---da50e6af")]
    [InlineData("1337", "1337")]
    [InlineData("a_b", "a_b")]
    [InlineData(FiftyFive, FiftyFive)]
    public void User_label_follows_label_rules_whatever_the_scheme(string user, string expected) =>
        SpawnUser.UserLabel(user).Should().Be(expected);

    [Theory]
    [InlineData("alice", "alice")]
    [InlineData("Bob.Smith@example.org", "-42ob-2e-53mith-40example-2eorg")]
    [InlineData("jo--hn", "jo-2d-2dhn")]
    [InlineData("-dash-", "-2ddash-2d")]
    [InlineData("Zoë", "-5ao-c3-ab")]
    [InlineData("a_b", "a-5fb")]
    [InlineData("tab\there", "tab-9here")]
    public void Escape_scheme_writes_each_utf8_byte_as_dash_and_unpadded_hex(string user, string expected) =>
        KubeSpawnerSlugs.EscapeSlug(user).Should().Be(expected);

    [Fact]
    public void Escape_scheme_names_the_pod_and_namespace_with_escaped_names()
    {
        var hub = HubSettings.Defaults with { SlugScheme = SlugScheme.Escape };
        SpawnUser.PodName("Bob.Smith@example.org", hub).Should().Be("jupyter--42ob-2e-53mith-40example-2eorg");
        SpawnUser.Namespace("Bob.Smith@example.org", hub).Should().Be("jupyter--42ob-2e-53mith-40example-2eorg");
    }

    [Fact]
    public void Eoepca_templates_keep_the_empty_server_name_and_leave_the_namespace_unescaped()
    {
        var hub = HubPresets.Load(HubPresets.Eoepca);
        SpawnUser.PodName("alice", hub).Should().Be("jupyter-alice--dev");
        SpawnUser.PodName("Bob.Smith@example.org", hub).Should().Be("jupyter-bob-smith-example-org---da50e6af--dev");
        SpawnUser.Namespace("Bob.Smith@example.org", hub).Should().Be("jupyter-Bob.Smith@example.org");
    }

    [Theory]
    [InlineData("jupyter-{username}-{servername}", "jupyter-alice")]
    [InlineData("jupyter-{username}-{servername}-", "jupyter-alice--")]
    [InlineData("{{literal}}-{username}", "{literal}-alice")]
    public void Templates_drop_the_trailing_dashes_their_fields_leave_unless_the_template_ends_with_one(string template, string expected) =>
        HubTemplate.Expand(template, SpawnUser.Fields("alice", HubSettings.Defaults)).Should().Be(expected);

    [Theory]
    [InlineData("jupyter-{user}", "'{user}', which is not a template field")]
    [InlineData("jupyter-{username", "not closed")]
    [InlineData("jupyter-}", "single '}'")]
    public void A_bad_template_says_what_is_wrong(string template, string message) =>
        FluentActions.Invoking(() => HubTemplate.Expand(template, SpawnUser.Fields("alice", HubSettings.Defaults)))
            .Should().Throw<FormatException>().WithMessage($"*{message}*");
}
