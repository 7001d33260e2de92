<?php
/**
 * The plugin's translations: the .mo files the build compiles load in WordPress, in both scripts.
 *
 * @package HF_Widgets
 */

use PHPUnit\Framework\TestCase;

/**
 * Tests of languages/*.mo in the installed plugin.
 */
class TranslationsTest extends TestCase {

	public function test_serbian_cyrillic_and_latin_load() {
		$folder = WP_PLUGIN_DIR . '/hf-widgets/languages/';
		$this->assertTrue( load_textdomain( 'hf-widgets-cyrillic', $folder . 'hf-widgets-sr_RS.mo' ) );
		$this->assertTrue( load_textdomain( 'hf-widgets-latin', $folder . 'hf-widgets-sr_RS@latin.mo' ) );
		// phpcs:disable WordPress.WP.I18n -- these domains exist only in this test.
		$this->assertSame( 'Брзи излаз', __( 'Quick exit', 'hf-widgets-cyrillic' ) );
		$this->assertSame( 'Brzi izlaz', __( 'Quick exit', 'hf-widgets-latin' ) );
		$this->assertSame( 'Банер са СОС телефонима', _x( 'Hotline banner', 'block title', 'hf-widgets-cyrillic' ) );
		$this->assertSame( 'Baner sa SOS telefonima', _x( 'Hotline banner', 'block title', 'hf-widgets-latin' ) );
		$this->assertSame( '„x“ није дозвољено за position: y', sprintf( __( '"%1$s" is not allowed for %2$s: %3$s', 'hf-widgets-cyrillic' ), 'x', 'position', 'y' ) );
		// phpcs:enable
	}

	public function test_json_documents_may_be_uploaded_by_administrators_only() {
		$file = get_temp_dir() . 'hf-widgets-upload-test.json';
		file_put_contents( $file, '{"id": "x", "title": "T"}' ); // phpcs:ignore WordPress.WP.AlternativeFunctions
		wp_set_current_user( get_user_by( 'login', 'hf-author' )->ID );
		$as_author = wp_check_filetype_and_ext( $file, 'action.json' );
		wp_set_current_user( 1 );
		$as_admin = wp_check_filetype_and_ext( $file, 'action.json' );
		wp_set_current_user( 0 );
		wp_delete_file( $file );
		$this->assertFalse( $as_author['ext'] );
		$this->assertSame( 'json', $as_admin['ext'] );
	}
}
