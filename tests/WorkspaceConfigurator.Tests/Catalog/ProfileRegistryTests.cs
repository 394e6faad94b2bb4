using FluentAssertions;
using WorkspaceConfigurator.Catalog;
using WorkspaceConfigurator.Errors;
using WorkspaceConfigurator.Profiles;
using WorkspaceConfigurator.Profiles.Coder;

namespace WorkspaceConfigurator.Tests.Catalog;

public sealed class ProfileRegistryTests
{
    private sealed class Lookalike : CoderProfile
    {
        public override string Slug => "coder";

        protected override void Declare(SettingDefaults settings)
        {
            base.Declare(settings);
            settings.Set(CoreSettings.DisplayName, "Imposter");
            settings.Set(CoreSettings.Description, "");
        }
    }

    private sealed class BadSlug : CoderProfile
    {
        public override string Slug => "Bad_Slug";

        protected override void Declare(SettingDefaults settings)
        {
            base.Declare(settings);
            settings.Set(CoreSettings.DisplayName, "x");
            settings.Set(CoreSettings.Description, "");
        }
    }

    private sealed class AliasClash : CoderProfile
    {
        public override string Slug => "unique-slug";

        public override IReadOnlyList<string> Aliases => ["jupyterlab"];

        protected override void Declare(SettingDefaults settings)
        {
            base.Declare(settings);
            settings.Set(CoreSettings.DisplayName, "x");
            settings.Set(CoreSettings.Description, "");
        }
    }

    private static ProfileRegistry Builtins()
    {
        var registry = new ProfileRegistry();
        registry.RegisterBuiltIn(BuiltinProfiles.Registrars());
        return registry;
    }

    [Fact]
    public void Registers_the_eight_builtins_in_order_and_never_a_base_class()
    {
        var registry = Builtins();
        registry.All.Select(r => r.Slug).Should().HaveCount(8).And.OnlyHaveUniqueItems();
        registry.All.Should().OnlyContain(r => !r.Profile.GetType().IsAbstract && r.Profile.GetType().IsSealed);
    }

    [Fact]
    public void Duplicate_slug_names_both_registrations()
    {
        var registry = Builtins();
        var act = () => registry.Add(new Lookalike(), "/site/plugins/Imposter.dll");
        act.Should().Throw<ProfileException>().WithMessage("duplicate profile slug 'coder'*Lookalike (/site/plugins/Imposter.dll)*CodeServer (built-in)*");
    }

    [Fact]
    public void An_alias_may_not_shadow_another_profile() =>
        ((Action)(() => Builtins().Add(new AliasClash(), "test"))).Should().Throw<ProfileException>().WithMessage("*'jupyterlab'*JupyterLabSmall*");

    [Fact]
    public void A_slug_must_be_a_dns_label() =>
        ((Action)(() => new ProfileRegistry().Add(new BadSlug(), "test"))).Should().Throw<ProfileException>().WithMessage("*'Bad_Slug' must be a DNS-1123 label*");

    [Theory]
    [InlineData("coder_app", "coder")]
    [InlineData("gpu_coder_app", "coder-gpu")]
    [InlineData("coder_dask_gateway_app", "coder-dask-gateway")]
    [InlineData("remote_desktop", "remote-desktop")]
    [InlineData("qgis_remote_desktop", "remote-desktop-qgis")]
    [InlineData("panoply_remote_desktop", "remote-desktop-panoply")]
    [InlineData("snap_remote_desktop", "remote-desktop-snap")]
    [InlineData("jupyterlab_small", "jupyterlab")]
    public void Reference_slugs_resolve_to_ours(string alias, string slug) => Builtins().Resolve(alias).Slug.Should().Be(slug);

    [Theory]
    [InlineData("remote-dektop", "remote-desktop")]
    [InlineData("jupyter", "jupyterlab")]
    [InlineData("coder_gpu", "coder-gpu")]
    [InlineData("coder-gpuu", "coder-gpu")]
    public void Unknown_names_suggest_the_closest(string input, string suggestion) =>
        ((Action)(() => Builtins().Resolve(input))).Should().Throw<UsageException>().WithMessage($"*did you mean*'{suggestion}'*");

    [Fact]
    public void Registries_are_independent_instances()
    {
        var first = Builtins();
        var second = new ProfileRegistry();
        second.All.Should().BeEmpty();
        first.All.Should().HaveCount(8);
    }
}
