<?php
/**
 * Removes the plugin's settings when it is deleted (on every site of a network).
 *
 * @package HF_Widgets
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids' ) ) as $hf_widgets_site_id ) {
		switch_to_blog( $hf_widgets_site_id );
		delete_option( 'hf_widgets_settings' );
		restore_current_blog();
	}
} else {
	delete_option( 'hf_widgets_settings' );
}
