<?php
/**
 * PHPUnit bootstrap: loads the WordPress that scripts/test-wordpress.mjs started (its config
 * comes from WORDPRESS_CONFIG), with the plugin installed from the zip and active.
 *
 * @package HF_Widgets
 */

if ( ! getenv( 'WORDPRESS_CONFIG' ) || ! getenv( 'HF_WIDGETS_PLUGIN_DIR' ) ) {
	fwrite( STDERR, "Run these tests through scripts/test-wordpress.mjs: they need its WordPress.\n" ); // phpcs:ignore WordPress.WP.AlternativeFunctions
	exit( 1 );
}
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/admin.php';
if ( ! function_exists( 'hf_widgets_render_element' ) ) {
	fwrite( STDERR, "The hf-widgets plugin is not active.\n" ); // phpcs:ignore WordPress.WP.AlternativeFunctions
	exit( 1 );
}
