using FluentAssertions;
using WorkspaceConfigurator.Tests.Support;

namespace WorkspaceConfigurator.Tests.Layers;

/// <summary>
/// Values files that make the catalogue invalid: an unknown or abstract <c>extends</c>, an unknown include, a cycle,
/// <c>extends</c> on an existing profile, an alias or an invalid slug as a profile's key, a new profile with nothing
/// that defines it. One line at the reference or key at fault, exit 1, and nothing written (<see cref="RefusedValues"/>).
/// </summary>
public sealed class ValuesCatalogueErrorTests
{
    [Fact]
    public void Extends_of_an_unknown_profile_suggests_the_closest() =>
        RefusedValues.Of("profiles:\n  my-coder:\n    extends: codr\n", ExitCodes.Invalid)
            .At(3, 14, "profiles.my-coder.extends", "unknown profile 'codr'; did you mean 'coder'?");

    [Fact]
    public void Extends_of_a_profile_far_from_every_slug_says_what_can_be_extended() =>
        RefusedValues.Of("profiles:\n  my-coder:\n    extends: zzzzzzzz\n", ExitCodes.Invalid)
            .At(3, 14, "profiles.my-coder.extends", "unknown profile 'zzzzzzzz' (only a registered profile or one defined in a values file can be extended)");

    [Fact]
    public void Extends_of_an_abstract_mixin_is_refused() =>
        RefusedValues.Of("profiles:\n  large:\n    abstract: true\n    cpu_limit: 8\n  my-coder:\n    extends: large\n", ExitCodes.Invalid)
            .At(6, 14, "profiles.my-coder.extends", "'large' is abstract (a mixin); extends needs a concrete profile (include a mixin under profiles: instead)");

    [Fact]
    public void An_unknown_include_suggests_the_closest() =>
        RefusedValues.Of("profiles:\n  large:\n    abstract: true\n  my-coder:\n    extends: coder\n    profiles: [large, larg]\n", ExitCodes.Invalid)
            .At(6, 23, "profiles.my-coder.profiles[1]", "unknown profile 'larg'; did you mean 'large'?");

    [Fact]
    public void An_unknown_include_of_a_built_in_is_refused() =>
        RefusedValues.Of("profiles:\n  coder:\n    profiles: [zzzzzzzz]\n", ExitCodes.Invalid)
            .At(3, 16, "profiles.coder.profiles[0]", "unknown profile 'zzzzzzzz' (only a registered profile or one defined in a values file can be included)");

    [Fact]
    public void A_cycle_through_extends_is_named_whole_at_the_reference_that_closes_it() =>
        RefusedValues.Of("profiles:\n  team-a:\n    extends: team-b\n  team-b:\n    extends: team-a\n", ExitCodes.Invalid)
            .At(5, 14, "profiles.team-b.extends", "forms a cycle: team-a -> team-b -> team-a (a profile cannot include or extend itself, even through others)");

    [Fact]
    public void A_cycle_through_includes_is_named_whole_at_the_reference_that_closes_it() =>
        RefusedValues.Of("profiles:\n  mix-a:\n    abstract: true\n    profiles: [mix-b]\n  mix-b:\n    abstract: true\n    profiles: [mix-a]\n", ExitCodes.Invalid)
            .At(7, 16, "profiles.mix-b.profiles[0]", "forms a cycle: mix-a -> mix-b -> mix-a");

    [Fact]
    public void A_cycle_through_extends_and_includes_is_named_whole() =>
        RefusedValues.Of(
                "profiles:\n  one:\n    extends: two\n  two:\n    extends: coder\n    profiles: [three]\n  three:\n    abstract: true\n    profiles: [one]\n",
                ExitCodes.Invalid)
            .At(9, 16, "profiles.three.profiles[0]", "forms a cycle: one -> two -> three -> one");

    [Fact]
    public void A_profile_that_includes_itself_is_a_cycle() =>
        RefusedValues.Of("profiles:\n  mine:\n    extends: coder\n    profiles: [coder-gpu, mine]\n", ExitCodes.Invalid)
            .At(4, 27, "profiles.mine.profiles[1]", "forms a cycle: mine -> mine");

    [Fact]
    public void A_cycle_closed_through_an_alias_is_a_cycle() =>
        RefusedValues.Of("profiles:\n  coder:\n    profiles: [mine]\n  mine:\n    extends: coder_app\n", ExitCodes.Invalid)
            .At(5, 14, "profiles.mine.extends", "forms a cycle: coder -> mine -> coder");

    [Fact]
    public void A_built_in_that_includes_itself_is_a_cycle() =>
        RefusedValues.Of("profiles:\n  coder:\n    profiles: [coder]\n", ExitCodes.Invalid)
            .At(3, 16, "profiles.coder.profiles[0]", "forms a cycle: coder -> coder");

    [Fact]
    public void Extends_on_an_existing_built_in_names_where_each_comes_from() =>
        RefusedValues.Of("profiles:\n  coder:\n    extends: jupyterlab\n", ExitCodes.Invalid)
            .At(3, 14, "profiles.coder.extends", "profile 'coder' exists already (WorkspaceConfigurator.Profiles.Coder.CodeServer, built-in)", "give it a new slug");

    [Fact]
    public void Abstract_on_an_existing_built_in_is_refused() =>
        RefusedValues.Of("profiles:\n  jupyterlab:\n    abstract: true\n", ExitCodes.Invalid)
            .At(3, 15, "profiles.jupyterlab.abstract", "profile 'jupyterlab' exists already", "extends and abstract define a new profile");

    [Fact]
    public void Extends_on_an_existing_profile_is_refused_in_a_later_file_too()
    {
        using var site = new SiteValues();
        site.Add("profiles:\n  coder:\n    cpu_limit: 4\n");
        site.Add("profiles:\n  coder:\n    cpu_limit: 2\n    extends: jupyterlab\n");
        RefusedValues.Of(site, ExitCodes.Invalid).At(4, 14, "profiles.coder.extends", "profile 'coder' exists already");
    }

    [Fact]
    public void An_alias_as_a_profile_key_names_the_slug() =>
        RefusedValues.Of("profiles:\n  coder_app:\n    cpu_limit: 2\n", ExitCodes.Invalid)
            .At(2, 3, "profiles.coder_app", "'coder_app' is an alias of 'coder'; values files name profiles by their slug");

    [Theory]
    [InlineData("Bad_Slug")]
    [InlineData("coder.gpu")]
    [InlineData("-coder")]
    public void A_new_profile_with_an_invalid_slug_is_refused(string slug) =>
        RefusedValues.Of($"profiles:\n  \"{slug}\":\n    extends: coder\n", ExitCodes.Invalid)
            .At(2, 3, $"profiles.{slug}", $"'{slug}' is not a valid profile slug (a DNS-1123 label: lower-case letters, digits and '-', at most 63, e.g. coder-a100)");

    [Fact]
    public void A_new_profile_with_nothing_that_defines_it_suggests_the_closest() =>
        RefusedValues.Of("profiles:\n  codr:\n    cpu_limit: 2\n", ExitCodes.Invalid)
            .At(2, 3, "profiles.codr", "unknown profile 'codr'; did you mean 'coder'?", "a new profile needs extends: SLUG or profiles: [SLUG, ...]; a mixin needs abstract: true");

    [Fact]
    public void A_new_profile_with_nothing_that_defines_it_and_no_close_slug_says_what_it_needs() =>
        RefusedValues.Of("profiles:\n  zzzzzzzz:\n    cpu_limit: 2\n", ExitCodes.Invalid)
            .At(2, 3, "profiles.zzzzzzzz", "unknown profile 'zzzzzzzz' (a new profile needs extends: SLUG, or profiles: [SLUG, ...]");

    [Fact]
    public void A_catalogue_error_names_the_file_it_is_in()
    {
        using var site = new SiteValues();
        site.Add("profiles:\n  large:\n    abstract: true\n    cpu_limit: 8\n");
        site.Add("# the second file\nprofiles:\n  my-coder:\n    extends: large\n");
        var refusal = RefusedValues.Of(site, ExitCodes.Invalid).At(4, 14, "profiles.my-coder.extends", "'large' is abstract");
        refusal.File.Should().Be(site.Files[1]);
    }
}
