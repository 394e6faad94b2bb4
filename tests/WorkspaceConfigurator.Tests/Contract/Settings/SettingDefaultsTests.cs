using System.Reflection;
using FluentAssertions;
using WorkspaceConfigurator.Profiles.Coder;

namespace WorkspaceConfigurator.Tests.Contract.Settings;

/// <summary>A profile states its defaults in Declare, once, and nothing on it lets a hook read one back.</summary>
public sealed class SettingDefaultsTests
{
    private static readonly SettingKey<string> Channel = new("site_channel", SettingTypes.NonEmptyText, "release channel");

    [Fact]
    public void A_core_setting_takes_the_new_default_in_its_place_and_a_new_setting_comes_after_the_core_ones()
    {
        var declarations = new Site().Settings();

        declarations.Select(d => d.Key.Name).Take(Profile.BaseDeclarations.Count)
            .Should().Equal(Profile.BaseDeclarations.Select(d => d.Key.Name));
        Declared(declarations, "cpu_limit").Default.Should().Be(4);
        Declared(declarations, "cpu_limit").Source.ToString().Should().Be("class Site");
        Declared(declarations, "image").Required.Should().BeFalse();
        Declared(declarations, "mem_limit").Source.ToString().Should().Be("default");
        declarations[^1].Key.Should().BeSameAs(Channel);
        declarations[^1].Constraints!.Allowed.Should().Equal("stable", "beta");
    }

    [Fact]
    public void Without_a_class_that_sets_them_the_names_and_the_image_are_required() =>
        Profile.BaseDeclarations.Where(d => d.Required).Select(d => d.Key.Name).Should().Equal("display_name", "description", "image");

    [Fact]
    public void A_family_s_defaults_come_first_and_the_profile_s_own_replace_them()
    {
        var declarations = new GpuCodeServer().Settings();

        Declared(declarations, "cpu_limit").Default.Should().Be(8);
        Declared(declarations, "workspace_volume_size").Default.Should().Be(Quantity.Parse("20Gi"));
        Declared(declarations, "calrissian_volume_size").Default.Should().Be(Quantity.Parse("50Gi"));
        declarations.Select(d => d.Key.Name).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void A_profile_whose_class_declares_nothing_names_the_family_that_does() =>
        Declared(new FamilyOnly().Settings(), "image").Source.ToString().Should().Be("family CoderProfile");

    [Fact]
    public void Another_key_of_the_same_name_is_refused()
    {
        var clash = new SettingKey<int>("cpu_limit", SettingTypes.WholeCpus, "a second cpu_limit");
        var settings = () => new Clashing(clash).Settings();

        settings.Should().Throw<ArgumentException>().WithMessage("setting cpu_limit is declared already, by another key*");
    }

    [Fact]
    public void A_null_default_of_a_setting_that_must_have_a_value_is_refused()
    {
        var settings = () => new NullImage().Settings();

        settings.Should().Throw<Exception>().WithMessage("the default given to image is null");
    }

    [Theory]
    [InlineData("home_path", "home", "home_path: its default home is not valid: *absolute*")]
    [InlineData("storage_class_rwo", "Bad Class!", "storage_class_rwo: its default Bad Class! is not valid: 'Bad Class!' is not a storage class name*")]
    public void A_default_the_setting_itself_would_refuse_from_a_values_file_is_refused(string name, string value, string message)
    {
        var key = name == "home_path" ? CoreSettings.HomePath : CoreSettings.StorageClassRwo;
        var settings = () => new Defaulting(key, value).Settings();

        settings.Should().Throw<ProfileException>().WithMessage(message);
    }

    [Fact]
    public void Nothing_on_a_profile_holds_a_default_a_hook_could_read()
    {
        // What a subclass can read: the slug and what says how the profile is built, never a setting's value.
        var readable = typeof(Profile).GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .Where(p => p.GetMethod is { } get && (get.IsPublic || get.IsFamily || get.IsFamilyOrAssembly))
            .Select(p => p.Name);

        readable.Should().BeEquivalentTo("Slug", "Family", "IsJupyterServer", "Aliases", "BashLoginPath", "BashrcPath", "InitScriptPath");
    }

    private static SettingDeclaration Declared(IReadOnlyList<SettingDeclaration> declarations, string name) =>
        declarations.Single(d => d.Key.Name == name);

    private sealed class Site : Profile
    {
        public override string Slug => "site";

        protected override void Declare(SettingDefaults settings)
        {
            base.Declare(settings);
            settings.Set(CoreSettings.DisplayName, "Site");
            settings.Set(CoreSettings.Description, "a site profile");
            settings.Set(CoreSettings.Image, "example.org/site:1");
            settings.Set(CoreSettings.CpuLimit, 4);
            settings.Set(Channel, "stable", new() { Allowed = ["stable", "beta"] });
        }
    }

    private sealed class FamilyOnly : CoderProfile
    {
        public override string Slug => "family-only";
    }

    private sealed class Clashing(SettingKey<int> clash) : Profile
    {
        public override string Slug => "clashing";

        protected override void Declare(SettingDefaults settings) => settings.Set(clash, 2);
    }

    private sealed class Defaulting(SettingKey<string> key, string value) : Profile
    {
        public override string Slug => "defaulting";

        protected override void Declare(SettingDefaults settings) => settings.Set(key, value);
    }

    private sealed class NullImage : Profile
    {
        public override string Slug => "null-image";

        protected override void Declare(SettingDefaults settings) => settings.Set(CoreSettings.Image, null!);
    }
}
