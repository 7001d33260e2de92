<?php
/**
 * Prepares the installed test site: installs the plugin zip with WordPress's own upgrader (what
 * wp-admin's "Upload plugin" runs), activates it, sets the exit address, creates an Author and a
 * Contributor with application passwords, and prints what the test needs as JSON.
 *
 * Usage: php prepare-site.php <plugin zip> <exit address>
 *
 * @package HF_Widgets
 */

require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/admin.php';
require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';

wp_set_current_user( 1 );
$hf_test_out = array();

$hf_test_upgrader              = new Plugin_Upgrader( new Automatic_Upgrader_Skin() );
$hf_test_installed             = $hf_test_upgrader->install( $argv[1] );
$hf_test_out['installed']      = true === $hf_test_installed;
$hf_test_out['install_errors'] = $hf_test_upgrader->skin->get_upgrade_messages();
$hf_test_out['plugin_file']    = $hf_test_upgrader->plugin_info();
$hf_test_activated             = activate_plugin( 'hf-widgets/hf-widgets.php' );
$hf_test_out['activated']      = null === $hf_test_activated && is_plugin_active( 'hf-widgets/hf-widgets.php' );

update_option( 'hf_widgets_settings', array( 'exit_url' => $argv[2] ) );

$hf_test_out['users'] = array();
foreach ( array( 'admin' => 1, 'author' => 'author', 'contributor' => 'contributor' ) as $hf_test_login => $hf_test_role ) {
	$hf_test_id = is_int( $hf_test_role ) ? $hf_test_role : wp_insert_user(
		array(
			'user_login' => "hf-$hf_test_login",
			'user_pass'  => "hf-$hf_test_login-password",
			'user_email' => "$hf_test_login@example.org",
			'role'       => $hf_test_role,
		)
	);
	$hf_test_password                         = WP_Application_Passwords::create_new_application_password( $hf_test_id, array( 'name' => 'hf-widgets test' ) );
	$hf_test_out['users'][ $hf_test_login ] = array(
		'id'                   => $hf_test_id,
		'login'                => get_userdata( $hf_test_id )->user_login,
		'password'             => is_int( $hf_test_role ) ? 'hf-admin-password' : "hf-$hf_test_login-password",
		'application_password' => is_wp_error( $hf_test_password ) ? $hf_test_password->get_error_message() : $hf_test_password[0],
		'unfiltered_html'      => user_can( $hf_test_id, 'unfiltered_html' ),
	);
}
echo wp_json_encode( $hf_test_out );
