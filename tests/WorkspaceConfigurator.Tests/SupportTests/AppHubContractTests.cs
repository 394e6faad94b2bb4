using FluentAssertions;
using WorkspaceConfigurator.Tests.Support;

namespace WorkspaceConfigurator.Tests.SupportTests;

public sealed class AppHubContractTests
{
    // A Code Server-like profile using every section, plus a plain second profile. Quoted exactly as PyYAML needs.
    private const string ValidConfig = """
        profiles:
          - id: profile_code_server
            groups:
              - developers
            definition:
              display_name: Code Server
              description: VS Code in the browser
              slug: code_server
              default: true
              kubespawner_override:
                cpu_limit: 4
                cpu_guarantee: 1
                mem_limit: 8G
                mem_guarantee: 4G
                image: ghcr.io/example/code-server:4.96.2
                extra_resource_limits:
                  nvidia.com/gpu: 1
                extra_resource_guarantees:
                  nvidia.com/gpu: 1
            node_selector:
              nvidia.com/gpu.present: "true"
            default_url: /desktop
            pod_env_vars:
              HOME: /workspace
              API_URL: "http://api.{{ namespace }}.svc.cluster.local:8080"
              OWNER: "{{spawner.user.name}}"
              PORT: "8080"
              SETTINGS:
                from_config_map:
                  name: code-server-settings
                  key: settings.json
            config_maps:
              - name: bash-rc
                key: bash-rc
                mount_path: /etc/profile.d/bash-rc.sh
                default_mode: "0660"
                readonly: true
                content: |
                  alias ll='ls -l'
                  echo "${#HOME} characters in {HOME}"
                persist: false
              - name: code-server-settings
                key: settings.json
                mount_path: null
                readonly: true
                content: '{"editor.fontSize": 14}'
                persist: true
            volumes:
              - name: workspace-volume
                claim_name: "claim-{{ spawner.user.name }}"
                size: 50Gi
                storage_class: standard
                access_modes:
                  - ReadWriteOnce
                volume_mount:
                  name: workspace-volume
                  mount_path: /workspace
                persist: true
                annotations:
                  example.com/backup: "true"
              - name: cache-volume
                claim_name: "cache-{{ spawner.user.name }}"
                size: 10Gi
                storage_class: standard
                access_modes: [ReadWriteOnce]
                volume_mount:
                  name: cache-volume
                  mount_path: /home/jovyan/.cache
                persist: false
            role_bindings:
              - name: pod-reader
                subjects:
                  - name: default
                    kind: ServiceAccount
                role:
                  name: pod-reader
                  resources: [pods, pods/log]
                  verbs: [get, list, watch]
                  api_groups: [""]
                persist: false
            image_pull_secrets:
              - name: registry-credentials
                persist: false
                data: null
            init_containers:
              - name: init-workspace
                image: busybox:1.36
                command: [sh, -c, "mkdir -p /workspace/projects"]
                volume_mounts:
                  - name: workspace-volume
                    mount_path: /workspace
                  - name: bash-rc
                    mount_path: /opt/init/bash-rc.sh
                    sub_path: bash-rc
            env_from_config_maps: [code-server-settings]
            env_from_secrets: [registry-credentials]
            secret_mounts:
              - name: aws-credentials
                mount_path: /home/jovyan/.aws/credentials
                sub_path: credentials
            manifests:
              - name: quota
                key: quota
                persist: false
                content:
                  - apiVersion: v1
                    kind: ResourceQuota
                    metadata:
                      name: workspace-quota
                      namespace: "{{ namespace }}"
                    spec:
                      hard:
                        requests.cpu: "4"
                  - apiVersion: helm.crossplane.io/v1beta1
                    kind: Release
                    metadata:
                      name: dask-gateway
                    spec:
                      forProvider:
                        namespace: "{{ namespace }}"
          - id: profile_shell
            groups: []
            definition:
              display_name: Shell
              slug: shell
              default: false
              kubespawner_override:
                cpu_limit: 1
                mem_limit: 1.5G
                image: busybox:1.36
            node_selector: {}
        """;

    [Fact]
    public void The_hand_written_config_is_valid()
    {
        AppHubContract.Validate(ValidConfig).Should().BeEmpty();
    }

    [Fact]
    public void The_schema_file_is_copied_next_to_the_tests()
    {
        File.Exists(AppHubContract.SchemaPath).Should().BeTrue();
    }

    [Theory]
    // kubespawner_override types
    [InlineData("cpu_limit: 4", "cpu_limit: 0.5", "#/profiles[0].definition.kubespawner_override.cpu_limit: IntegerExpected")]
    [InlineData("cpu_limit: 4", "cpu_limit: \"500m\"", "#/profiles[0].definition.kubespawner_override.cpu_limit: IntegerExpected")]
    [InlineData("mem_limit: 8G", "mem_limit: 8Gi", "#/profiles[0].definition.kubespawner_override.mem_limit: PatternMismatch")]
    [InlineData("    image: ghcr.io/example/code-server:4.96.2\n", "    image: ghcr.io/example/code-server:4.96.2\n        start_timeout: 600\n",
        "#/profiles[0].definition.kubespawner_override.start_timeout: NoAdditionalPropertiesAllowed")]
    [InlineData("nvidia.com/gpu: 1\n        extra_resource_guarantees", "nvidia.com/gpu: 0.5\n        extra_resource_guarantees",
        "#/profiles[0].definition.kubespawner_override.extra_resource_limits['nvidia.com/gpu']: IntegerExpected")]
    // config_maps
    [InlineData("default_mode: \"0660\"", "default_mode: 0660", "#/profiles[0].config_maps[0].default_mode: StringExpected")]
    [InlineData("mount_path: /etc/profile.d/bash-rc.sh", "mountPath: /etc/profile.d/bash-rc.sh", "#/profiles[0].config_maps[0].mountPath: NoAdditionalPropertiesAllowed")]
    [InlineData("default_mode: \"0660\"\n        readonly: true\n", "default_mode: \"0660\"\n", "#/profiles[0].config_maps[0].readonly: PropertyRequired")]
    [InlineData("- name: bash-rc\n        key: bash-rc", "- name: Bash_RC\n        key: bash-rc", "#/profiles[0].config_maps[0].name: PatternMismatch")]
    // role_bindings
    [InlineData("verbs: [get, list, watch]", "verbs: [get, \"*\"]", "#/profiles[0].role_bindings[0].role.verbs[1]: NotInEnumeration")]
    [InlineData("kind: ServiceAccount", "kind: Group", "#/profiles[0].role_bindings[0].subjects[0].kind: NotInEnumeration")]
    [InlineData("\n          api_groups: [\"\"]\n", "\n", "#/profiles[0].role_bindings[0].role.api_groups: PropertyRequired")]
    // manifests
    [InlineData("    content:\n          - apiVersion: v1\n", "    content: |\n          apiVersion: v1\n          kind: ConfigMap\n      - name: other\n        key: other\n        content:\n          - apiVersion: v1\n",
        "#/profiles[0].manifests[0].content: ArrayExpected")]
    [InlineData("\n        key: quota\n", "\n", "#/profiles[0].manifests[0].key: PropertyRequired")]
    [InlineData("        metadata:\n              name: workspace-quota\n", "        metadata:\n              labels: {}\n",
        "#/profiles[0].manifests[0].content[0].metadata.name: PropertyRequired")]
    // values PyYAML does not read as strings
    [InlineData("PORT: \"8080\"", "PORT: 8080", "#/profiles[0].pod_env_vars.PORT: StringExpected")]
    [InlineData("nvidia.com/gpu.present: \"true\"", "nvidia.com/gpu.present: true", "#/profiles[0].node_selector['nvidia.com/gpu.present']: StringExpected")]
    [InlineData("example.com/backup: \"true\"", "example.com/backup: yes", "#/profiles[0].volumes[0].annotations['example.com/backup']: StringExpected")]
    // other shapes
    [InlineData("command: [sh, -c, \"mkdir -p /workspace/projects\"]", "command: \"mkdir -p /workspace/projects\"", "#/profiles[0].init_containers[0].command: ArrayExpected")]
    [InlineData("access_modes: [ReadWriteOnce]", "access_modes: [ReadWrite]", "#/profiles[0].volumes[1].access_modes[0]: NotInEnumeration")]
    [InlineData("size: 10Gi", "size: 10 GB", "#/profiles[0].volumes[1].size: PatternMismatch")]
    [InlineData("    persist: true\n        annotations:", "    annotations:", "#/profiles[0].volumes[0].persist: PropertyRequired")]
    [InlineData("    groups: []\n", "    groups:\n", "#/profiles[1].groups: ArrayExpected")]
    public void Schema_violations_are_reported_with_path_and_kind(string from, string to, string expected)
    {
        AppHubContract.Validate(Mutate(from, to)).Should().Contain(expected);
    }

    [Theory]
    [InlineData("slug: shell", "slug: code_server", "#/profiles[1].definition.slug: duplicate definition.slug 'code_server'")]
    [InlineData("id: profile_shell", "id: profile_code_server", "#/profiles[1].id: duplicate id 'profile_code_server'")]
    [InlineData("default: false", "default: true", "#/profiles[1].definition.default: more than one profile has default: true")]
    [InlineData("name: cache-volume\n          mount_path: /home", "name: workspace-volume\n          mount_path: /home",
        "#/profiles[0].volumes[1].volume_mount.name: volume_mount.name 'workspace-volume' must equal the volume name 'cache-volume'")]
    [InlineData("- name: bash-rc\n            mount_path: /opt", "- name: data-volume\n            mount_path: /opt",
        "#/profiles[0].init_containers[0].volume_mounts[1].name: init container mounts 'data-volume'")]
    [InlineData("- name: aws-credentials", "- name: cache-volume", "#/profiles[0].secret_mounts[0].name: duplicate pod volume name 'cache-volume'")]
    [InlineData("HOME: /workspace", "HOME: \"{{ .Values.home }}\"", "#/profiles[0].pod_env_vars.HOME: only {{ spawner.user.name }} and {{ namespace }}")]
    [InlineData("claim_name: \"cache-{{ spawner.user.name }}\"", "claim_name: \"cache-{{ user }}\"", "#/profiles[0].volumes[1].claim_name: only {{")]
    [InlineData("claim_name: \"cache-{{ spawner.user.name }}\"", "claim_name: \"cache-{{ spawner.user.name }}{% raw %}\"", "#/profiles[0].volumes[1].claim_name: '{%' or '{#'")]
    [InlineData("requests.cpu: \"4\"", "requests.cpu: \"${#x}\"", "#/profiles[0].manifests[0].content[0].spec.hard['requests.cpu']: '{%' or '{#'")]
    [InlineData("PORT: \"8080\"", "PORT: \"{8080}\"", "#/profiles[0].pod_env_vars.PORT: '{' or '}'")]
    [InlineData("OWNER: \"{{spawner.user.name}}\"", "OWNER: \"{{spawner.user.name}}}\"", "#/profiles[0].pod_env_vars.OWNER: '{' or '}'")]
    [InlineData("cpu_guarantee: 1", "cpu_guarantee: 5", "#/profiles[0].definition.kubespawner_override.cpu_guarantee: cpu_guarantee 5 exceeds cpu_limit 4")]
    [InlineData("mem_guarantee: 4G", "mem_guarantee: 9000M", "#/profiles[0].definition.kubespawner_override.mem_guarantee: mem_guarantee 9000M exceeds mem_limit 8G")]
    [InlineData("  nvidia.com/gpu: 1\n    node_selector", "  nvidia.com/gpu: 2\n    node_selector",
        "#/profiles[0].definition.kubespawner_override.extra_resource_guarantees['nvidia.com/gpu']: extended resource 'nvidia.com/gpu'")]
    [InlineData("apiVersion: helm.crossplane.io/v1beta1", "apiVersion: helm.crossplane.io/v1", "#/profiles[0].manifests[0].content[1].apiVersion: kind Release must use apiVersion helm.crossplane.io/v1beta1")]
    [InlineData("description: VS Code in the browser", "description: 2024-01-31", "#/profiles[0].definition.description: PyYAML reads this as a timestamp")]
    public void Rules_beyond_the_schema_are_reported(string from, string to, string expectedPrefix)
    {
        AppHubContract.Validate(Mutate(from, to)).Should().Contain(e => e.StartsWith(expectedPrefix, StringComparison.Ordinal));
    }

    [Fact]
    public void A_config_map_that_is_not_mounted_is_not_a_pod_volume()
    {
        var yaml = Mutate("- name: aws-credentials", "- name: code-server-settings");

        AppHubContract.Validate(yaml).Should().BeEmpty("code-server-settings has mount_path: null");
    }

    [Fact]
    public void Unreadable_yaml_is_one_error()
    {
        AppHubContract.Validate("profiles: [\n").Should().ContainSingle().Which.Should().StartWith("#: PyYAML cannot read");
        AppHubContract.Validate(Mutate("    default_url: /desktop\n", "    on: /desktop\n"))
            .Should().ContainSingle().Which.Should().Contain("'on'");
    }

    [Fact]
    public void Profiles_are_required()
    {
        AppHubContract.Validate("profile: []\n").Should().Contain("#/profiles: PropertyRequired")
            .And.Contain("#/profile: NoAdditionalPropertiesAllowed");
    }

    // The valid config with one exact fragment replaced (the fragment must occur exactly once).
    private static string Mutate(string from, string to)
    {
        var normalized = ValidConfig.Replace("\r\n", "\n", StringComparison.Ordinal);
        var at = normalized.IndexOf(from, StringComparison.Ordinal);
        at.Should().BeGreaterThanOrEqualTo(0, $"'{from}' must occur in the valid config");
        normalized.IndexOf(from, at + 1, StringComparison.Ordinal).Should().Be(-1, $"'{from}' must occur only once");
        return string.Concat(normalized.AsSpan(0, at), to, normalized.AsSpan(at + from.Length));
    }
}
