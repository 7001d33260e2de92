<?php
/**
 * Installs the throwaway test site (run by scripts/test-wordpress.mjs with WORDPRESS_CONFIG and
 * HTTP_HOST set, so Debian's wp-config.php finds the test's config file).
 *
 * @package HF_Widgets
 */

define( 'WP_INSTALLING', true );
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

add_filter( 'pre_wp_mail', '__return_false' ); // No mail server here; WordPress would mail the admin.
$hf_test_result = wp_install( 'HF widgets test', 'admin', 'admin@example.org', false, '', 'hf-admin-password' );
echo wp_json_encode( array( 'user_id' => $hf_test_result['user_id'] ) );
